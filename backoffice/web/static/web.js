// The back-office pages. Every value from the server is put into the page with textContent
// (never innerHTML), so a party name like "<script>" stays text.
'use strict';

const STEP_LABELS = { filed: '立案', investigating: '调查取证', notified: '告知', decided: '决定',
  served: '送达', executed: '执行', closed: '结案' };
const TYPE_LABELS = { inspection: '检查', summary: '简易程序', general: '一般程序' };
const KIND_LABELS = { video: '视频', audio: '录音', photo: '照片', document: '文书', file: '文件' };
const TEMPLATE_LABELS = { correction_order: '责令（限期）改正通知书', evidence_registration_notice: '证据先行登记保存通知书',
  inquiry_record: '询问笔录', onsite_inspection: '现场检查（勘验）笔录', onsite_penalty_decision: '当场行政处罚决定书（简易程序）' };
const DOC_STATUS_LABELS = { draft: '草稿', locked: '已定稿' };
const STATE_LABELS = { verified: '已核验', pending: '待收', mismatch: '哈希不符' };

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}

function badge(text, cls) { return el('span', text, 'badge ' + cls); }

async function api(path, options) {
  const opts = Object.assign({ credentials: 'same-origin', headers: {} }, options || {});
  if (opts.method && opts.method !== 'GET') opts.headers['X-Fieldterm-CSRF'] = '1';
  const res = await fetch(path, opts);
  if (res.status === 401) { location.href = '/login'; throw new Error('unauthenticated'); }
  let body = null;
  try { body = await res.json(); } catch (e) { body = null; }
  if (!res.ok) throw new Error((body && body.message) || ('HTTP ' + res.status));
  return body;
}

function fmtTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (isNaN(d.getTime())) return iso;
  const p = (n) => String(n).padStart(2, '0');
  return d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate()) + ' ' + p(d.getHours()) + ':' + p(d.getMinutes()) + ':' + p(d.getSeconds());
}

function badgesFor(c) {
  const box = el('span');
  box.appendChild(c.signatureValid ? badge('清单签名有效', 'ok') : badge('清单签名无效', 'bad'));
  const filesOk = c.filesVerified === c.filesTotal;
  box.appendChild(badge('文件 ' + c.filesVerified + '/' + c.filesTotal + ' 已核验', filesOk ? 'ok' : 'wait'));
  const audit = { complete: ['审计链 完整', 'ok'], broken: ['审计链 断裂', 'bad'], pending: ['审计链 待收', 'wait'] }[c.auditState] || ['审计链 ?', 'wait'];
  box.appendChild(badge(audit[0], audit[1]));
  return box;
}

async function header() {
  const logout = document.getElementById('logout');
  if (logout) logout.addEventListener('click', async () => {
    try { await api('/logout', { method: 'POST' }); } catch (e) { /* already gone */ }
    location.href = '/login';
  });
  const me = await api('/web/api/me');
  document.getElementById('who').textContent = me.username;
  if (me.role === 'admin') document.getElementById('nav-devices').hidden = false;
  return me;
}

function initLogin() {
  const form = document.getElementById('login-form');
  const error = document.getElementById('login-error');
  if (new URLSearchParams(location.search).get('error')) error.textContent = '用户名或密码错误';
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    error.textContent = '';
    const res = await fetch('/login', {
      method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: document.getElementById('username').value, password: document.getElementById('password').value }),
    });
    if (res.ok) { location.href = '/cases'; return; }
    let body = null;
    try { body = await res.json(); } catch (e) { body = null; }
    error.textContent = (body && body.message) || '登录失败';
  });
}

async function initCases() {
  await header();
  const status = document.getElementById('status');
  const cases = await api('/web/api/cases');
  const table = document.getElementById('cases');
  const tbody = table.querySelector('tbody');
  for (const c of cases) {
    const tr = el('tr');
    const link = el('a', c.caseNo || c.caseId);
    link.href = '/cases/' + encodeURIComponent(c.caseId);
    const first = el('td'); first.appendChild(link); tr.appendChild(first);
    tr.appendChild(el('td', c.deviceId));
    tr.appendChild(el('td', c.partyName));
    tr.appendChild(el('td', fmtTime(c.receivedAt)));
    const b = el('td'); b.appendChild(badgesFor(c)); tr.appendChild(b);
    const g = el('td');
    for (const gap of c.gaps || []) g.appendChild(el('span', gap.message, 'gap'));
    tr.appendChild(g);
    tbody.appendChild(tr);
  }
  status.textContent = cases.length ? '共 ' + cases.length + ' 个案件' : '尚未收到任何案件';
  table.hidden = cases.length === 0;
}

async function initCase() {
  await header();
  const caseId = decodeURIComponent(location.pathname.split('/').pop());
  const status = document.getElementById('status');
  let d;
  try { d = await api('/web/api/cases/' + encodeURIComponent(caseId)); } catch (e) { status.textContent = e.message; return; }
  const c = d.case || {};
  document.getElementById('title').textContent = '案件详情 ' + (d.caseNo || '');
  document.getElementById('badges').appendChild(badgesFor(d));
  document.getElementById('export').href = '/web/api/cases/' + encodeURIComponent(caseId) + '/export';
  const gaps = document.getElementById('gaps');
  for (const gap of d.gaps || []) gaps.appendChild(el('li', gap.message));

  const fields = document.getElementById('fields');
  const rows = [['案件编号', d.caseNo], ['案件类型', TYPE_LABELS[c.type] || c.type], ['当前环节', STEP_LABELS[c.status] || c.status],
    ['当事人', c.partyName], ['证件号码', c.partyId], ['地点', c.place], ['职权事项', c.powerItemCode],
    ['案情摘要', c.summary], ['立案人', c.createdBy], ['立案时间', fmtTime(c.createdAt)], ['设备', d.deviceId],
    ['清单编号', d.manifestId], ['清单哈希 (' + (d.hashAlg || '') + ')', d.manifestHash], ['接收时间', fmtTime(d.receivedAt)]];
  if (c.review) rows.push(['审核', [c.review.state, c.review.by, c.review.comment].filter(Boolean).join(' ')]);
  for (const [k, v] of rows) { fields.appendChild(el('dt', k)); fields.appendChild(el('dd', v === undefined ? '' : v)); }

  const steps = document.getElementById('steps');
  for (const s of c.steps || []) steps.appendChild(el('li', (STEP_LABELS[s.step] || s.step) + '　' + fmtTime(s.at) + '　' + (s.officerNo || '')));

  const docs = document.querySelector('#documents tbody');
  for (const doc of d.documents || []) {
    const tr = el('tr');
    tr.appendChild(el('td', TEMPLATE_LABELS[doc.templateId] || doc.templateId));
    tr.appendChild(el('td', doc.number));
    tr.appendChild(el('td', DOC_STATUS_LABELS[doc.status] || doc.status));
    const td = el('td');
    if (doc.pdfUrl && doc.pdfState === 'verified') {
      const a = el('a', '打开 PDF'); a.href = doc.pdfUrl; a.target = '_blank'; a.rel = 'noopener'; td.appendChild(a);
    } else {
      td.appendChild(el('span', STATE_LABELS[doc.pdfState] || '无'));
    }
    tr.appendChild(td);
    docs.appendChild(tr);
  }

  const evidence = document.getElementById('evidence');
  for (const e of d.evidence || []) {
    const fig = el('figure');
    if (e.state === 'verified') {
      let media;
      if (e.kind === 'video') { media = el('video'); media.controls = true; media.preload = 'metadata'; }
      else if (e.kind === 'audio') { media = el('audio'); media.controls = true; media.preload = 'metadata'; }
      else if (e.kind === 'photo') { media = el('img'); media.alt = e.fileName || ''; }
      else { media = el('a', '打开文件'); media.href = e.url; }
      if (media.tagName !== 'A') media.src = e.url;
      fig.appendChild(media);
    }
    const cap = el('figcaption');
    cap.appendChild(badge(STATE_LABELS[e.state] || e.state, e.state === 'verified' ? 'ok' : e.state === 'mismatch' ? 'bad' : 'wait'));
    cap.appendChild(el('span', (KIND_LABELS[e.kind] || e.kind) + '　' + (e.fileName || '') + '　' + fmtTime(e.startWall) + ' – ' + fmtTime(e.endWall) + '　' + (e.officerNo || '')));
    fig.appendChild(cap);
    evidence.appendChild(fig);
  }

  const audit = document.querySelector('#audit tbody');
  for (const a of d.audit || []) {
    const tr = el('tr');
    for (const v of [a.seq, fmtTime(a.at), a.officerNo, a.action, a.objectType + ' ' + a.objectId]) tr.appendChild(el('td', v));
    audit.appendChild(tr);
  }
  status.hidden = true;
  document.getElementById('detail').hidden = false;
}

async function initDevices() {
  await header();
  const status = document.getElementById('status');
  document.getElementById('issue-code').addEventListener('click', async () => {
    try {
      const r = await api('/web/api/codes', { method: 'POST' });
      document.getElementById('code').textContent = r.code;
      document.getElementById('code-expiry').textContent = fmtTime(r.expiresAt);
      document.getElementById('code-box').hidden = false;
    } catch (e) { status.textContent = e.message; }
  });
  const load = async () => {
    const list = await api('/web/api/devices');
    const table = document.getElementById('devices');
    const tbody = table.querySelector('tbody');
    tbody.replaceChildren();
    for (const dev of list) {
      const tr = el('tr');
      for (const v of [dev.deviceId, dev.algorithm, dev.fingerprint, fmtTime(dev.enrolledAt)]) tr.appendChild(el('td', v));
      tr.appendChild(el('td', dev.revokedAt ? '已吊销 ' + fmtTime(dev.revokedAt) : '正常'));
      const td = el('td');
      if (!dev.revokedAt) {
        const b = el('button', '吊销');
        b.type = 'button';
        b.addEventListener('click', async () => {
          if (!confirm('确定吊销设备 ' + dev.deviceId + '？吊销后该设备的所有请求都会被拒绝。')) return;
          try { await api('/web/api/devices/' + encodeURIComponent(dev.deviceId) + '/revoke', { method: 'POST' }); await load(); }
          catch (e) { status.textContent = e.message; }
        });
        td.appendChild(b);
      }
      tr.appendChild(td);
      tbody.appendChild(tr);
    }
    status.textContent = list.length ? '共 ' + list.length + ' 台设备' : '尚无注册设备';
    table.hidden = list.length === 0;
  };
  await load();
}

document.addEventListener('DOMContentLoaded', () => {
  const page = document.body.dataset.page;
  const init = { login: initLogin, cases: initCases, case: initCase, devices: initDevices }[page];
  if (init) Promise.resolve(init()).catch((e) => {
    const s = document.getElementById('status');
    if (s) s.textContent = '加载失败：' + e.message;
  });
});
