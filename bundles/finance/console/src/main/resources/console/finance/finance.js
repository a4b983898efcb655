// Finance: the invoices (filtered by status, paged on the server) and the trial balance for a date range, with its
// CSV download. Amounts are shown in the locale's format from the API's decimal strings.
import {html, nothing} from 'lit';
import {BoElement} from '/console/shell/app.js';
import {get, query} from '/console/shell/api.js';
import {date, money, t} from '/console/shell/i18n.js';
import {pager} from '/console/shell/widgets.js';

const m = (key, ...args) => t('finance', key, ...args);
const STATUSES = ['', 'DRAFT', 'POSTED', 'PARTIALLY_PAID', 'PAID'];

class BoFinanceInvoices extends BoElement {
  static properties = {page: {state: true}, problem: {state: true}};

  connectedCallback() {
    super.connectedCallback();
    this.status = '';
    this.load(0);
  }

  async load(offset) {
    this.problem = null;
    try {
      this.page = await get(`/api/finance/invoices${query({status: this.status, offset, limit: 20})}`);
    } catch (e) {
      this.problem = e.message;
    }
  }

  render() {
    return html`<h1>${m('invoices.title')}</h1>
      ${this.problem ? html`<p id="invoices-problem" class="error" role="alert">${this.problem}</p>` : nothing}
      <div class="toolbar"><label>${m('status')}
        <select id="invoice-status" @change=${(e) => { this.status = e.target.value; this.load(0); }}>
          ${STATUSES.map((s) => html`<option value=${s}>${s ? m(`status.${s}`) : m('status.any')}</option>`)}
        </select></label></div>
      <table id="invoices-table"><thead><tr><th>${m('number')}</th><th>${m('customer')}</th><th>${m('date')}</th>
        <th>${m('due')}</th><th>${m('status')}</th><th class="number">${m('gross')}</th>
        <th class="number">${m('open')}</th></tr></thead>
      <tbody>${(this.page ? this.page.items : []).map((i) => html`<tr data-number=${i.number ?? ''}>
        <td>${i.number ?? ''}</td><td>${i.customer}</td><td>${date(i.date)}</td><td>${date(i.dueDate)}</td>
        <td>${m(`status.${i.status}`)}</td><td class="number">${money(i.gross, i.currency)}</td>
        <td class="number">${money(i.open, i.currency)}</td></tr>`)}</tbody></table>
      ${pager(this.page, (offset) => this.load(offset))}`;
  }
}

class BoFinanceTrialBalance extends BoElement {
  static properties = {report: {state: true}, problem: {state: true}};

  connectedCallback() {
    super.connectedCallback();
    const today = new Date().toISOString().slice(0, 10);
    this.from = `${today.slice(0, 4)}-01-01`;
    this.to = today;
    this.load();
  }

  range() {
    return query({from: this.from, to: this.to});
  }

  async load() {
    this.problem = null;
    try {
      this.report = await get(`/api/finance/reports/trial-balance${this.range()}`);
    } catch (e) {
      this.report = null;
      this.problem = e.message;
    }
  }

  async download() {
    const response = await fetch(`/api/finance/reports/trial-balance${this.range()}`,
      {headers: {Accept: 'text/csv'}, credentials: 'same-origin'});
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = `trial-balance-${this.from}-${this.to}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  }

  render() {
    const r = this.report;
    const amount = (v) => html`<td class="number">${money(v, r.currency)}</td>`;
    return html`<h1>${m('trialBalance.title')}</h1>
      <form class="toolbar" @submit=${(e) => { e.preventDefault(); this.load(); }}>
        <label>${m('from')}<input id="tb-from" type="date" .value=${this.from}
            @change=${(e) => { this.from = e.target.value; }}></label>
        <label>${m('to')}<input id="tb-to" type="date" .value=${this.to}
            @change=${(e) => { this.to = e.target.value; }}></label>
        <button id="tb-show" type="submit">${m('show')}</button>
        <button id="tb-csv" type="button" class="secondary" @click=${this.download}>CSV</button>
      </form>
      ${this.problem ? html`<p id="tb-problem" class="error" role="alert">${this.problem}</p>` : nothing}
      ${r ? html`<table id="trial-balance"><thead><tr><th>${m('account')}</th><th>${m('name')}</th>
          <th class="number">${m('opening')}</th><th class="number">${m('debit')}</th>
          <th class="number">${m('credit')}</th><th class="number">${m('closing')}</th></tr></thead>
        <tbody>${r.lines.map((l) => html`<tr data-account=${l.account}><td>${l.account}</td><td>${l.name}</td>
          ${amount(l.opening)}${amount(l.debit)}${amount(l.credit)}${amount(l.closing)}</tr>`)}</tbody>
        <tfoot><tr id="tb-totals"><th>${m('total')}</th><th>${r.currency}</th>${amount(r.totals.opening)}
          ${amount(r.totals.debit)}${amount(r.totals.credit)}${amount(r.totals.closing)}</tr></tfoot></table>`
        : nothing}`;
  }
}

customElements.define('bo-finance-invoices', BoFinanceInvoices);
customElements.define('bo-finance-trial-balance', BoFinanceTrialBalance);
