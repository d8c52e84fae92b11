'use strict';
// Writes the demo company (demo-data.json) through the Document Service, in French then English, and publishes it.
const demo = require('./demo-data.json');

const UID = {
  organization: 'plugin::privacy.organization',
  dpo: 'plugin::privacy.dpo',
  purpose: 'plugin::privacy.purpose',
  recipient: 'plugin::privacy.recipient',
  retentionRule: 'plugin::privacy.retention-rule',
  cookie: 'plugin::privacy.cookie',
};
const LOCALES = ['fr', 'en'];

/**
 * Splits an entry of demo-data.json into its shared fields and its per-locale fields. A locale the data has no
 * text for (a language added by a test) takes the English text.
 */
const split = (entry, locales) => {
  const { fr, en, key, ...shared } = entry;
  const given = { fr: fr || {}, en: en || {} };
  return { shared, byLocale: Object.fromEntries(locales.map((locale) => [locale, given[locale] || given.en])) };
};

/** Creates one document in every demo locale (drafts) and returns its documentId. */
const createInLocales = async (strapi, uid, entry, relations = {}, locales = LOCALES) => {
  const { shared, byLocale } = split(entry, locales);
  let documentId;
  for (const locale of locales) {
    const data = { ...shared, ...byLocale[locale], ...relations };
    if (!documentId) {
      const created = await strapi.documents(uid).create({ locale, data });
      documentId = created.documentId;
    } else {
      await strapi.documents(uid).update({ documentId, locale, data });
    }
  }
  return documentId;
};

const publishAll = async (strapi, uid, documentIds, locales = LOCALES) => {
  for (const documentId of documentIds) {
    for (const locale of locales) await strapi.documents(uid).publish({ documentId, locale });
  }
};

/** Removes every entry of the demo organization (all locales, drafts and published). */
const removeDemo = async (strapi, slug) => {
  const orgs = await strapi
    .documents(UID.organization)
    .findMany({ locale: 'fr', filters: { slug }, fields: ['documentId'], populate: ['dpo'] });
  for (const org of orgs) {
    for (const uid of [UID.purpose, UID.recipient, UID.retentionRule, UID.cookie]) {
      const entries = await strapi
        .documents(uid)
        .findMany({ locale: 'fr', filters: { organization: { documentId: org.documentId } }, fields: ['documentId'] });
      for (const entry of entries) await strapi.documents(uid).delete({ documentId: entry.documentId, locale: '*' });
    }
    await strapi.documents(UID.organization).delete({ documentId: org.documentId, locale: '*' });
    if (org.dpo) await strapi.documents(UID.dpo).delete({ documentId: org.dpo.documentId, locale: '*' });
  }
};

/**
 * Seeds the demo company. Idempotent: does nothing when the organization already exists,
 * unless `reset` is set, in which case it is removed and written again.
 */
const seedDemo = async (strapi, options = {}) => {
  // One version per document at the end, rather than one per publish along the way.
  const versions = strapi.plugin('privacy').service('versions');
  return versions.batch(() => writeDemo(strapi, options));
};

const writeDemo = async (strapi, { reset = false, data = demo, locales = LOCALES } = {}) => {
  const slug = data.organization.slug;
  const existing = await strapi.documents(UID.organization).findFirst({ locale: 'fr', filters: { slug } });
  if (existing && !reset) return { created: false, slug };
  if (existing) await removeDemo(strapi, slug);

  const dpo = await createInLocales(strapi, UID.dpo, data.dpo, {}, locales);
  const organization = await createInLocales(strapi, UID.organization, data.organization, { dpo }, locales);
  const retention = {};
  for (const rule of data.retentionRules) {
    retention[rule.key] = await createInLocales(strapi, UID.retentionRule, rule, { organization }, locales);
  }
  const recipients = {};
  for (const recipient of data.recipients) {
    recipients[recipient.key] = await createInLocales(strapi, UID.recipient, recipient, { organization }, locales);
  }
  const purposes = [];
  for (const purpose of data.purposes) {
    const { retention: retentionKey, recipients: recipientKeys, ...fields } = purpose;
    purposes.push(
      await createInLocales(
        strapi,
        UID.purpose,
        fields,
        {
          // The demo's internal key doubles as the purpose's stable key (consent records, forms, banner categories).
          key: purpose.key,
          organization,
          retention: retention[retentionKey],
          recipients: recipientKeys.map((key) => recipients[key]),
        },
        locales
      )
    );
  }
  const cookies = [];
  for (const cookie of data.cookies) {
    // A tracker names the recipient that receives its data by the recipient's demo key.
    const { recipient: recipientKey, ...fields } = cookie;
    const relations = recipientKey ? { organization, recipient: recipients[recipientKey] } : { organization };
    cookies.push(await createInLocales(strapi, UID.cookie, fields, relations, locales));
  }

  await publishAll(strapi, UID.dpo, [dpo], locales);
  await publishAll(strapi, UID.organization, [organization], locales);
  await publishAll(strapi, UID.retentionRule, Object.values(retention), locales);
  await publishAll(strapi, UID.recipient, Object.values(recipients), locales);
  await publishAll(strapi, UID.purpose, purposes, locales);
  await publishAll(strapi, UID.cookie, cookies, locales);
  return { created: true, slug };
};

module.exports = { seedDemo, removeDemo, UID, LOCALES };
