import type { ModuleDefinition } from '../module.ts';
import { seedDemoYears } from './demo-years.ts';

/** The demo's fulfilment year (2026 in 践诺), made after pledges so later modules add to it. */
export const demoYearsModule: ModuleDefinition = {
  name: 'demoYears',
  label: '演示年度',
  demo: seedDemoYears,
};
