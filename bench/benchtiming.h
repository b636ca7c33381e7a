#pragma once
// Timing helpers shared by the C++ benchmarks: medians of wall-clock runs, in milliseconds.

#include <QElapsedTimer>
#include <QList>

#include <algorithm>

namespace BenchTiming {

inline double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
}

// Runs f `runs` times and returns the median duration in ms.
template<typename F>
double medianMs(int runs, F &&f)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        ms << t.nsecsElapsed() / 1e6;
    }
    return median(ms);
}

} // namespace BenchTiming
