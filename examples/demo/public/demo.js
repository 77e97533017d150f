// The demo page: plain JavaScript against the gateway's public v1 API, as any third party would use it.
const $ = (selector) => document.querySelector(selector);
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
};

async function api(path, init) {
  const response = await fetch(path, { headers: { accept: 'application/json' }, ...init });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw Object.assign(new Error(body.detail ?? body.title ?? `HTTP ${response.status}`), { problem: body });
  return body;
}

// Labels come from the contract itself (x-vocabulary), so the page shows exactly the official wording.
const spec = await api('/openapi.json');
const label = (schema, value) => spec.components.schemas[schema]?.['x-vocabulary']?.[value]?.['zh-CN'] ?? value;
const departmentNames = new Map();

function renderItem(item) {
  const validity =
    item.status === 'withdrawn'
      ? el('span', { className: 'badge withdrawn', textContent: '已撤回' })
      : item.validity !== 'valid'
        ? el('span', { className: `badge ${item.validity}`, textContent: label('Validity', item.validity) })
        : null;
  // A publication time imported from an earlier system is declared, not measured (Art. 26): say so.
  const declared = item.timeliness?.basis === 'declared' ? '申报，' : '';
  const late =
    item.timeliness && !item.timeliness.onTime
      ? el('span', { className: 'badge late', textContent: `超期公开（${declared}${item.timeliness.workingDaysTaken}个工作日）` })
      : null;
  return el(
    'li',
    {},
    el('a', { href: `/v1/items/${encodeURIComponent(item.id)}`, textContent: item.title }),
    ' ',
    validity,
    ' ',
    late,
    el(
      'div',
      { className: 'meta' },
      el('span', { textContent: departmentNames.get(item.departmentId) ?? item.departmentId }),
      el('span', { textContent: item.publishedAt.slice(0, 10) }),
      item.documentNumber ? el('span', { textContent: item.documentNumber }) : null,
      el('span', { textContent: label('Category', item.category).slice(0, 24) }),
    ),
  );
}

let next = null;
async function search(path, append) {
  const status = $('#search-status');
  status.textContent = '正在检索…';
  status.classList.remove('partial');
  try {
    const page = await api(path);
    if (!append) $('#items').replaceChildren();
    $('#items').append(...page.data.map(renderItem));
    next = page.links.next ?? null;
    $('#more').hidden = !next;
    const shown = $('#items').children.length;
    if (page.meta.partial) {
      status.classList.add('partial');
      status.textContent = `部分结果：${page.meta.failures.map((f) => `${departmentNames.get(f.department) ?? f.department}（${f.detail}）`).join('、')} 暂时无法访问。已显示 ${shown} 条。`;
    } else {
      status.textContent = shown ? `已显示 ${shown} 条${next ? '，还有更多' : ''}。` : '没有找到符合条件的政府信息。';
    }
  } catch (error) {
    status.textContent = `检索失败：${error.message}`;
  }
}

$('#search').addEventListener('submit', (event) => {
  event.preventDefault();
  const query = new URLSearchParams({ limit: '10' });
  for (const [name, value] of new FormData(event.target)) if (value) query.set(name, String(value));
  void search(`/v1/items?${query}`, false);
});
$('#more').addEventListener('click', () => next && search(next, true));

async function loadDepartments() {
  const { data } = await api('/v1/departments');
  for (const department of data) departmentNames.set(department.id, department.name);
  $('#departments').replaceChildren(
    ...data.map((d) =>
      el(
        'li',
        {},
        el('strong', { textContent: d.name }),
        ' ',
        el('span', {
          className: d.health?.status === 'up' ? 'up' : 'down',
          textContent: d.health?.status === 'up' ? '● 在线' : '● 无法访问',
        }),
        el(
          'div',
          { className: 'meta' },
          el('span', { textContent: label('Level', d.level) }),
          el('span', { textContent: d.disclosureOffice.phone }),
          el('span', { textContent: d.disclosureOffice.officeHours }),
        ),
      ),
    ),
  );
  for (const select of [
    document.querySelector('#search select[name=department]'),
    document.querySelector('#request select[name=departmentId]'),
  ]) {
    select.append(...data.map((d) => el('option', { value: d.id, textContent: d.name })));
  }
}

async function loadAlerts() {
  const { data } = await api('/v1/alerts?status=active&limit=5');
  if (!data.length) return;
  $('#alerts').hidden = false;
  $('#alerts ul').replaceChildren(
    ...data.map((a) =>
      el(
        'li',
        { className: a.severity },
        el('strong', { textContent: `${label('Severity', a.severity)} ${a.headline}` }),
        el('div', { textContent: a.instructions }),
        el(
          'div',
          { className: 'meta' },
          el('span', { textContent: `有效至 ${a.expiresAt.slice(0, 16).replace('T', ' ')}` }),
          el('a', { href: `/v1/alerts/${encodeURIComponent(a.id)}`, textContent: 'CAP' }),
        ),
      ),
    ),
  );
}

async function loadCompliance() {
  const board = await api('/v1/compliance');
  const percent = (part, whole) => (whole ? `${Math.round((100 * part) / whole)}%` : '—');
  $('#compliance tbody').replaceChildren(
    ...board.departments.map((c) => {
      const required = c.categories.filter((x) => x.required);
      const covered = required.filter((x) => x.status !== 'empty').length;
      const replied = c.requests.repliedOnTime + c.requests.repliedLate;
      const reports = c.annualReports.map((r) => `${r.year}${r.published ? (r.onTime ? '✓' : '迟') : '✗'}`).join(' ');
      return el(
        'tr',
        {},
        el('th', { scope: 'row', textContent: departmentNames.get(c.departmentId) ?? c.departmentId }),
        el('td', { textContent: `${covered}/${required.length}` }),
        el('td', {
          textContent: `${percent(c.timeliness.onTime, c.timeliness.measured)}／${percent(c.timeliness.declared?.onTime ?? 0, c.timeliness.declared?.items ?? 0)}`,
        }),
        el('td', { textContent: percent(c.requests.repliedOnTime, replied) }),
        el('td', { textContent: String(c.requests.openOverdue) }),
        el('td', { textContent: reports || '—' }),
      );
    }),
  );
}

$('#request').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const receipt = $('#receipt');
  receipt.textContent = '正在提交…';
  try {
    const answer = await api('/v1/requests', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
      body: JSON.stringify({
        departmentId: form.get('departmentId'),
        applicant: {
          type: 'naturalPerson',
          name: form.get('name'),
          identityProof: { kind: 'residentIdCard', number: form.get('idNumber') },
          contact: { phone: form.get('phone') },
        },
        description: form.get('description'),
        form: 'electronic',
        delivery: 'email',
      }),
    });
    receipt.replaceChildren(
      el('p', {}, '已受理，受理编号 ', el('strong', { textContent: answer.trackingNumber })),
      el('p', {
        textContent: `收到申请日期 ${answer.receivedOn}，法定答复期限 ${answer.replyDueOn}（20个工作日${answer.provisional ? '，暂定' : ''}）。`,
      }),
      el('p', { className: 'meta', textContent: `查询凭证（仅显示一次，请妥善保存）：${answer.accessToken}` }),
    );
  } catch (error) {
    const fields = error.problem?.errors?.map((e) => `${e.pointer} ${e.message}`).join('；');
    receipt.textContent = `提交失败：${fields || error.message}`;
  }
});

for (const term of Object.entries(spec.components.schemas.Category['x-vocabulary'])) {
  document
    .querySelector('#search select[name=category]')
    .append(el('option', { value: term[0], textContent: term[1]['zh-CN'].slice(0, 30) }));
}
await loadDepartments().catch((error) => {
  $('#departments').textContent = `无法加载：${error.message}`;
});
void loadAlerts().catch(() => {});
void loadCompliance().catch((error) => {
  $('#compliance tbody').textContent = `无法加载：${error.message}`;
});
void search('/v1/items?limit=10', false);
