// Administration: the Backoffice modules of this server with install and uninstall buttons (Karaf's features
// service), and the server's health.
import {html, nothing} from 'lit';
import {BoElement, notify} from '/console/shell/app.js';
import {get, post, query} from '/console/shell/api.js';
import {number, t} from '/console/shell/i18n.js';
import {pager} from '/console/shell/widgets.js';

const m = (key, ...args) => t('admin', key, ...args);

class BoAdminModules extends BoElement {
  static properties = {modules: {state: true}, busy: {state: true}, problem: {state: true}};

  constructor() {
    super();
    this.modules = null;
    this.busy = null;
    this.problem = null;
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.modules = (await get('/api/admin/features')).items;
    } catch (e) {
      this.problem = e.message;
    }
  }

  async change(module, action) {
    this.busy = module.name;
    this.problem = null;
    try {
      await post(`/api/admin/features/${encodeURIComponent(module.name)}/${action}`);
      notify(m(action === 'install' ? 'installed' : 'uninstalled', module.name));
    } catch (e) {
      this.problem = e.message;
    } finally {
      this.busy = null;
      await this.load();
    }
  }

  render() {
    return html`<h1>${m('modules.title')}</h1>
      ${this.problem ? html`<p class="error" role="alert">${this.problem}</p>` : nothing}
      <table id="modules-table"><thead><tr><th>${m('module')}</th><th>${m('version')}</th>
        <th>${m('description')}</th><th>${m('state')}</th><th></th></tr></thead>
      <tbody>${(this.modules || []).map((f) => html`<tr data-feature=${f.name}>
        <td>${f.name}</td><td>${f.version}</td><td>${f.description ?? ''}</td>
        <td class="state">${f.installed ? m('installed.state') : m('available')}</td>
        <td>${this.busy === f.name ? html`<span class="busy">${m('working')}</span>` : f.installed
          ? html`<button class="secondary uninstall" ?disabled=${!!this.busy}
              @click=${() => this.change(f, 'uninstall')}>${m('uninstall')}</button>`
          : html`<button class="install" ?disabled=${!!this.busy}
              @click=${() => this.change(f, 'install')}>${m('install')}</button>`}</td></tr>`)}
      </tbody></table>`;
  }
}

class BoAdminHealth extends BoElement {
  static properties = {health: {state: true}};

  connectedCallback() {
    super.connectedCallback();
    get('/api/health').then((h) => { this.health = h; }).catch((e) => { this.health = {status: e.message}; });
  }

  render() {
    const h = this.health;
    if (!h) return nothing;
    return html`<h1>${m('health.title')}</h1>
      <dl id="health">
        <dt>${m('status')}</dt><dd id="health-status">${h.status}</dd>
        <dt>${m('database')}</dt><dd>${h.database ? `${h.database.status} (${h.database.product ?? ''})` : ''}</dd>
        <dt>${m('uptime')}</dt><dd>${number(h.uptimeSeconds)} s</dd>
        <dt>${m('active')}</dt><dd>${(h.modules || []).join(', ')}</dd>
      </dl>`;
  }
}

const AUDIT_FILTERS = ['module', 'entity', 'entityId', 'user'];

class BoAdminAudit extends BoElement {
  static properties = {page: {state: true}, problem: {state: true}};

  connectedCallback() {
    super.connectedCallback();
    this.filters = {};
    this.load(0);
  }

  async load(offset) {
    this.problem = null;
    try {
      this.page = await get(`/api/audit${query({...this.filters, offset, limit: 25})}`);
    } catch (e) {
      this.problem = e.message;
    }
  }

  filter(event) {
    event.preventDefault();
    const form = event.target;
    this.filters = Object.fromEntries(AUDIT_FILTERS.map((f) => [f, form.elements[f].value.trim()]));
    this.load(0);
  }

  render() {
    const when = (iso) => new Intl.DateTimeFormat(document.documentElement.lang === 'he' ? 'he-IL' : 'en-GB',
      {dateStyle: 'short', timeStyle: 'medium'}).format(new Date(iso));
    return html`<h1>${m('audit.title')}</h1>
      <form id="audit-filter" class="toolbar" @submit=${this.filter}>
        ${AUDIT_FILTERS.map((f) => html`<label>${m(`audit.${f}`)}<input name=${f}></label>`)}
        <button id="audit-apply" type="submit">${t('shell', 'search')}</button></form>
      ${this.problem ? html`<p id="audit-problem" class="error" role="alert">${this.problem}</p>` : nothing}
      <table id="audit-table"><thead><tr><th>${m('audit.when')}</th><th>${m('audit.user')}</th>
        <th>${m('audit.module')}</th><th>${m('audit.entity')}</th><th>${m('audit.entityId')}</th>
        <th>${m('audit.action')}</th><th>${m('audit.changes')}</th></tr></thead>
      <tbody>${(this.page ? this.page.items : []).map((r) => html`<tr data-entity-id=${r.entityId}>
        <td>${when(r.recordedAt)}</td><td>${r.user}</td><td>${r.module}</td><td>${r.entity}</td>
        <td>${r.entityId}</td><td>${r.action}</td>
        <td>${(r.changes || []).map((c) => c.field).join(', ')}</td></tr>`)}</tbody></table>
      ${pager(this.page, (offset) => this.load(offset))}`;
  }
}

customElements.define('bo-admin-modules', BoAdminModules);
customElements.define('bo-admin-audit', BoAdminAudit);
customElements.define('bo-admin-health', BoAdminHealth);
