// The partners directory: search and page through partners, open one, create and edit (managers only). Every value
// is rendered by lit as text, never as markup.
import {html, nothing} from 'lit';
import {BoElement, notify} from '/console/shell/app.js';
import {ApiError, get, post, put, query} from '/console/shell/api.js';
import {money, t} from '/console/shell/i18n.js';
import {fieldError, hasRole, pager} from '/console/shell/widgets.js';

const LIMIT = 20;
const ROLES = ['CUSTOMER', 'SUPPLIER'];
const m = (key, ...args) => t('partners', key, ...args);

class BoPartners extends BoElement {
  static properties = {
    page: {state: true},
    editing: {state: true},
    errors: {state: true},
    problem: {state: true},
  };

  constructor() {
    super();
    this.text = '';
    this.page = null;
    this.editing = null; // {partner, isNew}
    this.errors = {};
    this.problem = null;
  }

  connectedCallback() {
    super.connectedCallback();
    this.load(0);
  }

  get canWrite() {
    return hasRole(this.session, 'partners-manager');
  }

  async load(offset) {
    try {
      this.page = await get(`/api/partners${query({q: this.text, offset, limit: LIMIT})}`);
    } catch (e) {
      this.problem = e.message;
    }
  }

  search(event) {
    event.preventDefault();
    this.text = this.querySelector('#partner-search').value.trim();
    this.load(0);
  }

  async open(code) {
    this.errors = {};
    this.problem = null;
    try {
      this.editing = {partner: await get(`/api/partners/${encodeURIComponent(code)}`), isNew: false};
    } catch (e) {
      this.problem = e.message;
    }
  }

  create() {
    this.errors = {};
    this.problem = null;
    this.editing = {partner: {roles: ['CUSTOMER'], currency: 'EUR', active: true}, isNew: true};
  }

  /** The record to send: what was read (with its version) and what the form says. */
  fromForm(form) {
    const value = (name) => {
      const v = form.elements[name].value.trim();
      return v === '' ? null : v;
    };
    const partner = {...this.editing.partner};
    for (const name of ['code', 'name', 'email', 'phone', 'currency', 'taxId', 'notes']) partner[name] = value(name);
    partner.creditLimit = value('creditLimit');
    partner.roles = ROLES.filter((r) => form.elements[`role-${r}`].checked);
    const street = value('street');
    const city = value('city');
    const country = value('country');
    partner.billingAddress = street || city || country
      ? {...(partner.billingAddress || {}), street, city, country} : null;
    return partner;
  }

  async save(event) {
    event.preventDefault();
    const partner = this.fromForm(event.target);
    this.errors = {};
    this.problem = null;
    try {
      const saved = this.editing.isNew ? await post('/api/partners', partner)
        : await put(`/api/partners/${encodeURIComponent(partner.code)}`, partner);
      this.editing = null;
      notify(m('saved', saved.name));
      await this.load(this.page ? this.page.offset : 0);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      this.errors = e.fields();
      this.problem = e.status === 409 && !this.editing.isNew ? t('shell', 'stale') : e.message;
    }
  }

  render() {
    return html`
      <h1>${m('title')}</h1>
      ${this.problem ? html`<p id="partner-problem" class="error" role="alert">${this.problem}</p>` : nothing}
      ${this.editing ? this.renderForm() : this.renderList()}`;
  }

  renderList() {
    const page = this.page;
    return html`
      <form class="toolbar" @submit=${this.search}>
        <label>${m('search')}<input id="partner-search" .value=${this.text}></label>
        <button id="partner-search-button" type="submit">${t('shell', 'search')}</button>
        ${this.canWrite ? html`<button id="partner-new" type="button" class="secondary"
            @click=${this.create}>${m('new')}</button>` : nothing}
      </form>
      <table id="partners-table">
        <thead><tr><th>${m('code')}</th><th>${m('name')}</th><th>${m('roles')}</th><th>${m('email')}</th>
          <th class="number">${m('creditLimit')}</th><th>${m('active')}</th></tr></thead>
        <tbody>${page ? page.items.map((p) => html`
          <tr class="clickable" data-code=${p.code} @click=${() => this.open(p.code)}>
            <td>${p.code}</td><td class="name">${p.name}</td>
            <td>${(p.roles || []).map((r) => m(`role.${r}`)).join(', ')}</td><td>${p.email ?? ''}</td>
            <td class="number">${money(p.creditLimit, p.currency)}</td>
            <td>${p.active ? m('yes') : m('no')}</td></tr>`) : nothing}</tbody>
      </table>
      ${pager(page, (offset) => this.load(offset))}`;
  }

  renderForm() {
    const p = this.editing.partner;
    const readOnly = !this.canWrite;
    const a = p.billingAddress || {};
    const input = (name, value, extra = {}) => html`<label>${m(name)}
        <input name=${name} .value=${value ?? ''} ?readonly=${readOnly || extra.fixed}
            class=${this.errors[extra.field || name] ? 'invalid' : ''}>
        ${fieldError(this.errors, extra.field || name)}</label>`;
    return html`
      <form id="partner-form" class="form" @submit=${this.save}>
        ${input('code', p.code, {fixed: !this.editing.isNew})}
        ${input('name', p.name)}
        <fieldset class="roles"><legend>${m('roles')}</legend>
          ${ROLES.map((r) => html`<label><input type="checkbox" name="role-${r}" ?disabled=${readOnly}
              .checked=${(p.roles || []).includes(r)}> ${m(`role.${r}`)}</label>`)}
          ${fieldError(this.errors, 'roles')}</fieldset>
        ${input('email', p.email)}
        ${input('phone', p.phone)}
        ${input('taxId', p.taxId)}
        ${input('currency', p.currency)}
        ${input('creditLimit', p.creditLimit)}
        ${input('street', a.street, {field: 'billingAddress.street'})}
        ${input('city', a.city, {field: 'billingAddress.city'})}
        ${input('country', a.country, {field: 'billingAddress.country'})}
        ${input('notes', p.notes)}
        <div class="actions">
          ${readOnly ? nothing : html`<button id="partner-save" type="submit">${t('shell', 'save')}</button>`}
          <button id="partner-cancel" type="button" class="secondary"
              @click=${() => { this.editing = null; this.problem = null; }}>${t('shell', 'cancel')}</button>
        </div>
      </form>`;
  }
}

customElements.define('bo-partners', BoPartners);
