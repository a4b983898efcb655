// The console's shell: sign-in, the layout, the menu of the installed modules (polled, so that a module installed
// or removed shows within seconds), the language switch and notifications. Pages are custom elements that each
// module's console bundle brings; they are rendered in the light DOM so that one stylesheet styles everything.
import {LitElement, html, nothing} from 'lit';
import {ApiError, get, post, del, setCsrfToken} from '/console/shell/api.js';
import {chooseLanguage, currentLanguage, setMessages, t} from '/console/shell/i18n.js';

const MENU_POLL_MILLIS = 2000;

export class BoElement extends LitElement {
  createRenderRoot() {
    return this;
  }
}

/** Shows a notification in the shell (kind: info or error). */
export function notify(text, kind = 'info') {
  window.dispatchEvent(new CustomEvent('bo-notify', {detail: {text, kind}}));
}

class BoApp extends BoElement {
  static properties = {
    session: {state: true},
    menu: {state: true},
    pageId: {state: true},
    signInError: {state: true},
    notice: {state: true},
    ready: {state: true},
  };

  constructor() {
    super();
    this.session = null;
    this.menu = null;
    this.pageId = this.pageFromHash();
    this.ready = false;
    this.shownPage = null;
    this.menuJson = '';
    window.addEventListener('hashchange', () => { this.pageId = this.pageFromHash(); });
    window.addEventListener('bo-signed-out', () => this.signedOut());
    window.addEventListener('bo-notify', (e) => { this.notice = e.detail; });
  }

  pageFromHash() {
    const m = /^#\/([A-Za-z0-9._-]+)/.exec(location.hash);
    return m ? m[1] : '';
  }

  async connectedCallback() {
    super.connectedCallback();
    try {
      this.begin(await get('/console/session'));
    } catch (e) {
      this.ready = true;
    }
  }

  async begin(session) {
    setCsrfToken(session.csrfToken);
    this.session = session;
    await this.loadMenu();
    this.ready = true;
    clearInterval(this.poll);
    this.poll = setInterval(() => this.loadMenu().catch(() => {}), MENU_POLL_MILLIS);
  }

  signedOut() {
    clearInterval(this.poll);
    setCsrfToken(null);
    this.session = null;
    this.menu = null;
    this.shownPage = null;
    this.menuJson = '';
    this.ready = true;
  }

  async loadMenu() {
    const menu = await get(`/console/menu?lang=${encodeURIComponent(currentLanguage())}`);
    const text = JSON.stringify(menu);
    if (text !== this.menuJson) {
      this.menuJson = text;
      setMessages(menu);
      this.menu = menu;
      if (this.shownPage) this.shownPage.requestUpdate();
    }
  }

  async signIn(event) {
    event.preventDefault();
    const form = event.target;
    this.signInError = null;
    try {
      this.begin(await post('/console/session', {user: form.user.value, password: form.password.value}));
    } catch (e) {
      this.signInError = e instanceof ApiError && e.status === 401 ? t('shell', 'signIn.wrong') : e.message;
    }
  }

  async signOut() {
    try {
      await del('/console/session');
    } finally {
      this.signedOut();
    }
  }

  async switchLanguage(event) {
    chooseLanguage(event.target.value);
    await this.loadMenu();
  }

  render() {
    if (!this.ready) return nothing;
    if (!this.session) return this.renderSignIn();
    const pages = this.menu ? this.menu.pages : [];
    const page = pages.find((p) => p.id === this.pageId);
    return html`
      <header class="top">
        <span class="brand">${t('shell', 'brand')}</span>
        <span class="spacer"></span>
        <label>${t('shell', 'language')}
          <select id="language" @change=${this.switchLanguage}>
            <option value="en" ?selected=${currentLanguage() === 'en'}>English</option>
            <option value="he" ?selected=${currentLanguage() === 'he'}>עברית</option>
          </select></label>
        <span id="user">${this.session.user}</span>
        <button id="sign-out" @click=${this.signOut}>${t('shell', 'signOut')}</button>
      </header>
      <div class="layout">
        <nav id="menu">
          <a href="#/" class=${this.pageId === '' ? 'current' : ''}>${t('shell', 'home')}</a>
          ${pages.map((p) => html`<a href="#/${p.id}" data-page=${p.id}
              class=${p.id === this.pageId ? 'current' : ''}>${p.title}</a>`)}
        </nav>
        <section class="content">
          ${this.notice ? html`<div id="notice" class="notice ${this.notice.kind}" role="status">
              ${this.notice.text}</div>` : nothing}
          ${page ? nothing : this.renderHome(pages)}
          <main id="page"></main>
        </section>
      </div>`;
  }

  renderHome(pages) {
    return html`<div id="home"><h1>${t('shell', 'welcome', this.session.user)}</h1>
      <div class="cards">${pages.map((p) => html`<a class="card" href="#/${p.id}">${p.title}</a>`)}</div></div>`;
  }

  renderSignIn() {
    return html`
      <form id="sign-in" class="sign-in" @submit=${this.signIn}>
        <h1>${t('shell', 'brand')}</h1>
        <label>${t('shell', 'signIn.user')} <input id="user-name" name="user" autocomplete="username" required></label>
        <label>${t('shell', 'signIn.password')} <input id="password" name="password" type="password"
            autocomplete="current-password" required></label>
        <button id="sign-in-button" type="submit">${t('shell', 'signIn')}</button>
        ${this.signInError ? html`<p id="sign-in-error" class="error">${this.signInError}</p>` : nothing}
      </form>`;
  }

  async updated() {
    const host = this.querySelector('#page');
    if (!host) return;
    const page = this.menu && this.menu.pages.find((p) => p.id === this.pageId);
    const key = page ? `${page.module}/${page.id}` : null;
    if (key === (this.shownPage && this.shownPage.dataset.key)) return;
    host.replaceChildren();
    this.shownPage = null;
    if (!page) return;
    await import(page.script);
    const element = document.createElement(page.element);
    element.dataset.key = key;
    element.session = this.session;
    element.module = page.module;
    host.replaceChildren(element);
    this.shownPage = element;
  }
}

customElements.define('bo-app', BoApp);
