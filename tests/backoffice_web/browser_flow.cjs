// Drives headless Chromium through the back-office pages (run by tst_weblogin with BASE_URL,
// CHROMIUM, WEB_USER, WEB_PASSWORD, CASE_NO, CASE_ID, SHOT_DIR; puppeteer-core via NODE_PATH).
// Exits 0 when every step held, 1 with the failed step named.
'use strict';
const puppeteer = require('puppeteer-core');

const base = process.env.BASE_URL;
const failures = [];
function check(ok, what) {
  console.log((ok ? 'ok   ' : 'FAIL ') + what);
  if (!ok) failures.push(what);
}

(async () => {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--lang=zh-CN'],
    protocolTimeout: 300000,
  });
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(120000);
    await page.setViewport({ width: 1280, height: 900 });
    let dialogs = 0;
    page.on('dialog', async (d) => { dialogs++; await d.dismiss(); });

    // Without a session: pages go to /login, the API answers 401.
    for (const path of ['/cases', '/cases/' + encodeURIComponent(process.env.CASE_ID), '/devices']) {
      await page.goto(base + path, { waitUntil: 'domcontentloaded' });
      check(new URL(page.url()).pathname === '/login', 'redirected to /login from ' + path);
    }
    const apiStatus = await page.evaluate(async () => (await fetch('/web/api/cases')).status);
    check(apiStatus === 401, '/web/api/cases is 401 without a session (got ' + apiStatus + ')');

    // Wrong password: refused, still on /login with a message.
    await page.type('#username', process.env.WEB_USER);
    await page.type('#password', 'definitely-wrong');
    await page.click('#login-button');
    await page.waitForFunction(() => document.getElementById('login-error').textContent.length > 0);
    check(new URL(page.url()).pathname === '/login', 'wrong password stays on /login');
    check((await page.$eval('#login-error', (e) => e.textContent)).includes('用户名或密码错误'), 'wrong password message');

    // Right password: the case list.
    await page.$eval('#password', (e) => { e.value = ''; });
    await page.type('#password', process.env.WEB_PASSWORD);
    await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('#login-button')]);
    check(new URL(page.url()).pathname === '/cases', 'signed in to /cases');
    await page.waitForSelector('#cases tbody tr');
    const listText = await page.$eval('#cases', (e) => e.innerText);
    check(listText.includes(process.env.CASE_NO), 'case list shows ' + process.env.CASE_NO);
    check(listText.includes('清单签名有效') && listText.includes('文件 3/3 已核验') && listText.includes('审计链 完整'),
      'badges of the complete case');
    check(listText.includes('审计链 待收') && listText.includes('没有任何视频证据'), 'badges and gap flags of the other case');
    check(listText.includes('张三<script>alert(1)</script>'), 'hostile party name shown as text');
    check((await page.$$('#cases script')).length === 0, 'no script element injected');
    await page.screenshot({ path: process.env.SHOT_DIR + '/web-cases.png', fullPage: true });

    // Case detail.
    await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }),
      page.click('a[href="/cases/' + process.env.CASE_ID + '"]')]);
    await page.waitForSelector('#detail:not([hidden])');
    const detailText = await page.$eval('#detail', (e) => e.innerText);
    check(detailText.includes('案件信息') && detailText.includes('送达') && detailText.includes('当场行政处罚决定书'),
      'detail shows fields, steps and documents');
    const videoSrc = await page.$eval('#evidence video', (v) => v.src);
    check(videoSrc.includes('/files/'), 'a video player for the video evidence');
    const range = await page.evaluate(async (src) => {
      const r = await fetch(src, { headers: { Range: 'bytes=0-15' } });
      return { status: r.status, type: r.headers.get('content-type'), len: (await r.arrayBuffer()).byteLength };
    }, videoSrc);
    check(range.status === 206 && range.type === 'video/mp4' && range.len === 16, 'video served with ranges: ' + JSON.stringify(range));
    const imgOk = await page.$eval('#evidence img', (i) => i.complete && i.naturalWidth > 0);
    check(imgOk, 'photo evidence renders');
    const pdfHref = await page.$eval('#documents a', (a) => a.href);
    const pdfType = await page.evaluate(async (u) => (await fetch(u)).headers.get('content-type'), pdfHref);
    check(pdfType === 'application/pdf', 'PDF link serves application/pdf');
    check((await page.$eval('#export', (a) => a.getAttribute('href'))).endsWith('/export'), 'export button');
    await page.screenshot({ path: process.env.SHOT_DIR + '/web-case-detail.png', fullPage: true });

    // Device admin: the device with its fingerprint; a one-time enrollment code shown once.
    await page.goto(base + '/devices', { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('#devices tbody tr');
    check((await page.$eval('#devices', (e) => e.innerText)).includes('SIM0001'), 'devices page lists SIM0001');
    await page.click('#issue-code');
    await page.waitForSelector('#code-box:not([hidden])');
    const code = await page.$eval('#code', (e) => e.textContent);
    check(/^\d{8}$/.test(code), 'a one-time enrollment code is shown');
    await page.screenshot({ path: process.env.SHOT_DIR + '/web-devices.png', fullPage: true });

    // Logout ends the session.
    await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('#logout')]);
    check(new URL(page.url()).pathname === '/login', 'logout returns to /login');
    await page.goto(base + '/cases', { waitUntil: 'domcontentloaded' });
    check(new URL(page.url()).pathname === '/login', 'after logout /cases redirects to /login');
    const after = await page.evaluate(async () => (await fetch('/web/api/cases')).status);
    check(after === 401, 'after logout the API is 401');
    check(dialogs === 0, 'no alert() ever ran');
  } finally {
    await browser.close();
  }
  process.exit(failures.length ? 1 : 0);
})().catch((e) => { console.error('FAIL ' + (e && e.stack || e)); process.exit(1); });
