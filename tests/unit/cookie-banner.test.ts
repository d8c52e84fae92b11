// Unit: banner configurations built from cookies saved before names were checked: no '__proto__' key, no prototype reached.
import fc from 'fast-check';
import { klaroConfig, tarteaucitronConfig } from '../../server/src/consent/cookie-banner';
import type { CookieFacts } from '../../server/src/documents/facts';
import { createTranslator } from '../../server/src/documents/translator';
import { factsArbitrary } from '../helpers/facts-arbitrary';

const base = fc.sample(factsArbitrary, { numRuns: 1, seed: 7 })[0];
const cookie = (name: string): CookieFacts => ({
  documentId: name,
  name,
  provider: 'Ads Inc',
  domain: null,
  party: 'third',
  category: 'advertising',
  purpose: 'Ads',
  lifetimeValue: 1,
  lifetimeUnit: 'days',
  namePattern: null,
  recipient: null,
  storage: null,
  extendedOnEachVisit: false,
  statisticsRetentionMonths: null,
});

test.each(['__proto__', 'constructor', 'prototype', '__PROTO__'])('a cookie named %s becomes no such key in any configuration', (name) => {
  const facts = { ...base, cookies: [cookie(name), cookie('_ga')] };
  const context = { t: createTranslator().forLocale(facts.locale), facts, revision: 1 };
  const tarteaucitron = tarteaucitronConfig(context);
  const served = JSON.parse(JSON.stringify(tarteaucitron)) as { services: Record<string, { key: string; cookies: string[] }> };
  expect(Object.keys(served.services).sort()).toEqual([`cookie_${name.toLowerCase()}`, '_ga'].sort());
  // The cookie itself is still listed under its real name, as a value.
  expect(served.services[`cookie_${name.toLowerCase()}`].cookies).toEqual([name]);
  expect(Object.getPrototypeOf(tarteaucitron.services)).toBeNull();
  const klaro = klaroConfig(context);
  expect(klaro.services.map((service) => service.name)).toEqual([`cookie_${name}`, '_ga']);
  // Nothing leaked onto Object.prototype while building.
  expect(({} as Record<string, unknown>).key).toBeUndefined();
});
