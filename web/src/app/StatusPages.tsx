/** Moved to shared/StatusPages.tsx: this re-export stays only until every page imports it from there. */
export { Forbidden, FullPageSpin, LoadError, NotFound } from '../shared/StatusPages.tsx';
