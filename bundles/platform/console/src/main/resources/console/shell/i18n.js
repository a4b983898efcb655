// Messages per module (from the menu), the user's language (remembered in this browser) and locale formatting.

const LANGUAGE_KEY = 'backoffice.language';
let messages = {shell: {}};
let language = localStorage.getItem(LANGUAGE_KEY) || 'en';

export function currentLanguage() {
  return language;
}

export function chooseLanguage(lang) {
  language = lang;
  localStorage.setItem(LANGUAGE_KEY, lang);
}

export function setMessages(menu) {
  const next = {shell: menu.shell || {}};
  for (const m of menu.modules || []) next[m.id] = m.messages;
  messages = next;
  document.documentElement.lang = menu.language;
  document.documentElement.dir = menu.direction;
}

/** The message `key` of `module` with {0}, {1} ... replaced by the arguments */
export function t(module, key, ...args) {
  const text = (messages[module] && messages[module][key]) || messages.shell[key] || key;
  return text.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

const locale = () => (language === 'he' ? 'he-IL' : 'en-GB');

/** An amount (a decimal string or number from the API) in its currency, without going through binary floating point
 * for display rounding: the API's scale is kept. */
export function money(amount, currency) {
  if (amount === null || amount === undefined || amount === '') return '';
  const text = String(amount);
  const scale = text.includes('.') ? text.split('.')[1].length : 0;
  const options = {minimumFractionDigits: Math.max(scale, 2), maximumFractionDigits: Math.max(scale, 2)};
  if (currency) Object.assign(options, {style: 'currency', currency});
  return new Intl.NumberFormat(locale(), options).format(text);
}

export function number(value) {
  return value === null || value === undefined ? '' : new Intl.NumberFormat(locale()).format(value);
}

export function date(iso) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(), {dateStyle: 'medium'}).format(new Date(iso));
}
