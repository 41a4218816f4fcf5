/** Moved to shared/Page.tsx: this re-export stays only until every page imports it from there. */
export { Page } from '../shared/Page.tsx';
