// The plugin's services, by name: getService (utils/get-service.ts) gives each its type.
import banners from './banners';
import cache from './cache';
import consentCopy from './consent-copy';
import editor from './editor';
import engine from './engine';
import history from './history';
import letters from './letters';
import policies from './policies';
import presets from './presets';
import registers from './registers';
import reminders from './reminders';
import resolution from './resolution';
import versions from './versions';

export const services = {
  banners,
  cache,
  'consent-copy': consentCopy,
  editor,
  engine,
  history,
  letters,
  policies,
  presets,
  registers,
  reminders,
  resolution,
  versions,
};

export default services;
