import QtQuick
import QtTest
import Fieldterm

TestCase {
    id: testCase
    name: "StorageGauge"
    width: 400
    height: 100
    visible: true
    when: windowShown

    Component {
        id: gaugeComponent
        StorageGauge {}
    }

    function cleanup() { Theme.highContrast = false; }

    function test_formatsMinutes_data() {
        return [
            { tag: "0", minutes: 0, text: "存储已满" },
            { tag: "1", minutes: 1, text: "可录 1 分钟" },
            { tag: "45", minutes: 45, text: "可录 45 分钟" },
            { tag: "119", minutes: 119, text: "可录 119 分钟" },
            { tag: "120", minutes: 120, text: "可录 2 小时 0 分" },
            { tag: "312", minutes: 312, text: "可录 5 小时 12 分" }
        ];
    }

    function test_formatsMinutes(data) {
        const gauge = createTemporaryObject(gaugeComponent, testCase, { minutesLeft: data.minutes });
        compare(gauge.text, data.text);
        compare(gauge.Accessible.name, data.text);
    }

    function test_lowState_data() {
        return [ { tag: "normal theme", hc: false }, { tag: "high contrast", hc: true } ];
    }

    function test_lowState(data) {
        Theme.highContrast = data.hc;
        const gauge = createTemporaryObject(gaugeComponent, testCase, { minutesLeft: 312, low: false });
        compare(gauge.level, "normal");
        compare(gauge.toneColor, Theme.textPrimary);
        compare(gauge.border.width, 0);

        gauge.low = true;
        gauge.minutesLeft = 12;
        compare(gauge.level, "low");
        compare(gauge.toneColor, Theme.warning);
        verify(gauge.border.width > 0);
        compare(gauge.text, "可录 12 分钟");
        verify(!Qt.colorEqual(Theme.warning, Theme.textPrimary));
    }
}
