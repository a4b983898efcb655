// Pieces every page uses: a pager for the API's {items,total,offset,limit} pages, and field errors from a problem.
import {html, nothing} from 'lit';
import {t} from '/console/shell/i18n.js';

export function pager(page, go) {
  if (!page) return nothing;
  const first = page.total === 0 ? 0 : page.offset + 1;
  const last = Math.min(page.offset + page.items.length, page.total);
  return html`<div class="pager">
    <button class="secondary" id="previous" ?disabled=${page.offset === 0}
        @click=${() => go(Math.max(0, page.offset - page.limit))}>${t('shell', 'previous')}</button>
    <span id="range">${t('shell', 'page.of', first, last, page.total)}</span>
    <button class="secondary" id="next" ?disabled=${last >= page.total}
        @click=${() => go(page.offset + page.limit)}>${t('shell', 'next')}</button></div>`;
}

/** The message for `field` (and the fields below it, as billingAddress.country) or nothing */
export function fieldError(errors, field) {
  const message = errors && errors[field];
  return message ? html`<span class="field-error" data-field=${field}>${message}</span>` : nothing;
}

export function hasRole(session, ...roles) {
  return !!session && (session.roles.includes('admin') || roles.some((r) => session.roles.includes(r)));
}
