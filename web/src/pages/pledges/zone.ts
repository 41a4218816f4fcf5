/** The pledging pages print times in the township's zone: the shared helpers (web/src/shared/local-time.ts). */
export { useLocalTime, ZoneContext } from '../../shared/local-time.ts';
