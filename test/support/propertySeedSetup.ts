/** vitest setupFile: every fast-check property in this test file runs on the run's seed. */
import fc from 'fast-check';
import { inject } from 'vitest';
import './propertySeed.ts';

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: inject('propertySeed') });
