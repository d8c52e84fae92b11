// Vendor presets: the catalogue for the admin page, and "add a service", which writes a preset's cookies and recipient as drafts.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { PRESETS } from '../presets/catalogue';
import { cookieFields, presetView, recipientFields, type PresetLanguage } from '../presets/entries';
import { PRESET_LANGUAGES, type Preset } from '../presets/model';
import { UID } from '../uids';
import { getService } from '../utils/get-service';

/** A 400 in Strapi's shape whose single error names the field to fix. */
const invalid = (path: Array<string | number>, message: string): errors.ValidationError =>
  new errors.ValidationError(message, { errors: [{ path: path.map(String), message, name: 'ValidationError' }] });

interface Row {
  documentId: string;
  locale: string;
}

export interface AppliedEntry {
  name: string;
  documentId: string;
  /** The locales this call wrote. */
  created: string[];
  /** Locales in which an entry of that name already was: left as the editor wrote it. */
  kept: string[];
}

const createPresetsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const rowsNamed = async (uid: string, organizationId: string, name: string): Promise<Row[]> =>
    (await strapi.db.query(uid).findMany({
      select: ['documentId', 'locale'],
      where: { name, publishedAt: { $null: true }, organization: { documentId: organizationId } },
    })) as Row[];

  /** Checks the request against the catalogue, the locales and the organization; writes nothing. */
  const resolve = async (id: string, organization: string, locales: string[]) => {
    const preset = PRESETS.find((p) => p.id === id);
    if (!preset) throw invalid(['id'], `preset '${id.slice(0, 100)}' does not exist: GET /privacy/presets lists the presets`);
    const { codes } = await getService(strapi, 'resolution').allowedLocales();
    const usable = codes.filter((code) => (PRESET_LANGUAGES as readonly string[]).includes(code));
    locales.forEach((locale, index) => {
      if (!usable.includes(locale)) {
        throw invalid(
          ['locales', index],
          `locales[${index}] '${locale.slice(0, 20)}' cannot take a preset: use ${usable.join(' or ')} (the presets are written in French and English)`
        );
      }
    });
    const rows = (await strapi.db.query(UID.organization).findMany({
      select: ['documentId', 'locale'],
      where: { slug: organization, publishedAt: { $null: true } },
    })) as Row[];
    if (!rows.length) {
      const known = await getService(strapi, 'resolution').organizationSlugs('draft');
      throw invalid(
        ['organization'],
        `organization '${organization}' was not found${known.length ? `: known organizations are ${known.join(', ')}` : ''}`
      );
    }
    const missing = locales.find((locale) => !rows.some((row) => row.locale === locale));
    if (missing) {
      throw invalid(
        ['locales', locales.indexOf(missing)],
        `organization '${organization}' has no '${missing}' version: translate it in the Content Manager first, or leave '${missing}' out`
      );
    }
    return { preset, organizationId: rows[0].documentId };
  };

  /** The recipient the cookies link to: the organization's recipient of that name if there is one, else a new draft. */
  const applyRecipient = async (preset: Preset, organizationId: string, locales: string[]): Promise<AppliedEntry | null> => {
    if (!preset.provider) return null;
    const fields = recipientFields(preset.provider);
    const existing = await rowsNamed(UID.recipient, organizationId, fields.name);
    if (existing.length) {
      const untranslated = locales.find((locale) => !existing.some((row) => row.locale === locale));
      if (untranslated) {
        throw invalid(
          ['locales', locales.indexOf(untranslated)],
          `the recipient '${fields.name}' has no '${untranslated}' version: translate it in the Content Manager first, or leave '${untranslated}' out`
        );
      }
      return { name: fields.name, documentId: existing[0].documentId, created: [], kept: locales };
    }
    let documentId = '';
    for (const locale of locales) {
      const data = { ...fields, organization: organizationId };
      if (!documentId)
        documentId = ((await strapi.documents(UID.recipient).create({ locale, data } as never)) as { documentId: string }).documentId;
      else await strapi.documents(UID.recipient).update({ documentId, locale, data } as never);
    }
    return { name: fields.name, documentId, created: locales, kept: [] };
  };

  return {
    list(lang: PresetLanguage) {
      return PRESETS.map((preset) => presetView(preset, lang));
    },

    /**
     * Writes the preset's recipient and cookies as drafts in the organization's chosen locales, all in one
     * transaction. A cookie whose name the organization already has is left alone, so applying twice adds nothing.
     */
    async apply(id: string, organization: string, locales: string[]) {
      const { preset, organizationId } = await resolve(id, organization, locales);
      return strapi.db.transaction(async () => {
        const recipient = await applyRecipient(preset, organizationId, locales);
        const cookies: AppliedEntry[] = [];
        for (const tracker of preset.trackers) {
          const existing = await rowsNamed(UID.cookie, organizationId, tracker.name);
          if (existing.length) {
            cookies.push({
              name: tracker.name,
              documentId: existing[0].documentId,
              created: [],
              kept: [...new Set(existing.map((row) => row.locale))],
            });
            continue;
          }
          let documentId = '';
          for (const locale of locales) {
            const data = {
              ...cookieFields(preset, tracker, locale as PresetLanguage),
              organization: organizationId,
              ...(recipient ? { recipient: recipient.documentId } : {}),
            };
            if (!documentId)
              documentId = ((await strapi.documents(UID.cookie).create({ locale, data } as never)) as { documentId: string }).documentId;
            else await strapi.documents(UID.cookie).update({ documentId, locale, data } as never);
          }
          cookies.push({ name: tracker.name, documentId, created: locales, kept: [] });
        }
        return { preset: preset.id, organization, locales, recipient, cookies };
      });
    },
  };
};

export type PresetsService = ReturnType<typeof createPresetsService>;
export default createPresetsService;
