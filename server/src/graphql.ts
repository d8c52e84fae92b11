// GraphQL queries for the public documents, registered only when @strapi/plugin-graphql is installed: same data, permissions and errors as REST.
import type { Core } from '@strapi/strapi';
import type { PrivacyPluginConfig } from './config';
import { EMAIL_KINDS } from './consent/emails';
import { ESPS } from './consent/esp';
import { DATA_SUBJECT_CATEGORIES } from './documents/data-subjects';
import { DOCUMENT_FORMATS } from './documents/formats';
import { DOCUMENT_KINDS, kindSpec, type DocumentKind } from './documents/kinds';
import { installGraphqlLimits } from './graphql-limits';
import { publicOutputs } from './http/public-outputs';
import { textOf } from './http/representation';
import {
  CONSENT_COPY_QUERY,
  CONSENT_EMAIL_QUERY,
  documentQuerySpec,
  parseDocumentQuery,
  VERSIONS_QUERY,
} from './validation/query-parameters';

/*
 * Nexus is the GraphQL plugin's own dependency and ships no types we can import here; the builder and its `t`
 * argument are therefore typed loosely (any), only in this file.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
type Nexus = any;
type Definition = any;

/** GraphQL enum values cannot hold '-': `double-opt-in` is `double_opt_in` (REST keeps the hyphen). */
const enumValue = (value: string): string => value.replace(/-/g, '_');
const fromEnum = (value: unknown): string | undefined => (typeof value === 'string' ? value.replace(/_/g, '-') : undefined);

const queryOf = (args: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries({ organization: args.organization, locale: fromEnum(args.locale), format: fromEnum(args.format), ...extra }).filter(
      ([, value]) => value !== undefined && value !== null
    )
  );

/** The plugin's root query fields, each resolving a whole document: what graphqlMaxDocumentsPerRequest counts. */
export const PLUGIN_QUERY_FIELDS: readonly string[] = [
  ...DOCUMENT_KINDS.map((kind) => kindSpec(kind).name),
  'consentCopy',
  'consentEmail',
  'policyVersions',
];

const registerGraphql = (strapi: Core.Strapi, locales: string[]): void => {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const { publicAccess, graphqlMaxDocumentsPerRequest } = strapi.config.get('plugin::privacy') as PrivacyPluginConfig;
  installGraphqlLimits(strapi.config, PLUGIN_QUERY_FIELDS, graphqlMaxDocumentsPerRequest);
  const outputs = publicOutputs(strapi);

  /** The same users-permissions action as the REST route, so one grant opens both. */
  const access = (action: string) => (publicAccess ? { auth: false } : { auth: { scope: [`plugin::privacy.documents.${action}`] } });

  const documentFields = async (kind: DocumentKind, args: Record<string, unknown>) => {
    const query = parseDocumentQuery(documentQuerySpec(kind), queryOf(args, { audience: fromEnum(args.audience) }));
    const json = await outputs.document(kind, { ...query, format: 'json' });
    const bodyOf = async (format: 'markdown' | 'text') => textOf(await outputs.document(kind, { ...query, format }));
    return {
      ...(json.data as Record<string, unknown>),
      markdown: await bodyOf('markdown'),
      text: await bodyOf('text'),
      body: query.format === 'json' ? textOf(json) : textOf(await outputs.document(kind, query)),
    };
  };
  const dataOf = async (representation: Promise<{ data?: unknown }>): Promise<unknown> => (await representation).data;

  graphql.service('extension').use(({ nexus }: { nexus: Nexus }) => ({
    types: [
      nexus.enumType({ name: 'PrivacyLocale', members: locales.map(enumValue) }),
      nexus.enumType({ name: 'PrivacyDocumentFormat', members: [...DOCUMENT_FORMATS] }),
      nexus.enumType({ name: 'PrivacyDocumentKind', members: DOCUMENT_KINDS.map(enumValue) }),
      nexus.enumType({ name: 'PrivacyEmailKind', members: EMAIL_KINDS.map(enumValue) }),
      nexus.enumType({ name: 'PrivacyEsp', members: [...ESPS] }),
      nexus.enumType({ name: 'PrivacyAudience', members: DATA_SUBJECT_CATEGORIES.map(enumValue) }),
      nexus.objectType({
        name: 'PrivacySectionGroup',
        definition(t: Definition) {
          t.nonNull.string('heading');
          t.nonNull.list.nonNull.string('items');
        },
      }),
      nexus.objectType({
        name: 'PrivacySectionTable',
        definition(t: Definition) {
          t.nonNull.list.nonNull.string('columns');
          t.nonNull.list.nonNull.field('rows', { type: nexus.nonNull(nexus.list(nexus.nonNull('String'))) });
        },
      }),
      nexus.objectType({
        name: 'PrivacySection',
        definition(t: Definition) {
          t.nonNull.string('key');
          t.nonNull.string('heading');
          t.nonNull.list.nonNull.string('lead');
          t.nonNull.list.nonNull.string('items');
          t.list.nonNull.field('groups', { type: 'PrivacySectionGroup' });
          t.field('table', { type: 'PrivacySectionTable' });
        },
      }),
      nexus.objectType({
        name: 'PrivacyDocument',
        definition(t: Definition) {
          t.nonNull.string('organization');
          t.nonNull.string('locale');
          t.nonNull.field('kind', { type: 'PrivacyDocumentKind', resolve: (d: { kind: string }) => enumValue(d.kind) });
          t.nonNull.string('title');
          t.int('version');
          t.string('effectiveAt');
          t.nonNull.string('hash');
          t.nonNull.int('wordCount');
          t.nonNull.int('readingMinutes');
          t.nonNull.list.nonNull.field('sections', { type: 'PrivacySection' });
          t.nonNull.string('html');
          t.nonNull.string('markdown');
          t.nonNull.string('text');
          t.nonNull.string('body', { description: 'The document in the requested format, as REST serves it' });
        },
      }),
      nexus.objectType({
        name: 'PrivacyProof',
        definition(t: Definition) {
          t.int('policyVersion');
          t.nonNull.string('policyHash');
          t.string('copyHash');
        },
      }),
      nexus.objectType({
        name: 'PrivacyPlaceholder',
        definition(t: Definition) {
          t.nonNull.string('name');
          t.nonNull.string('tag');
          t.nonNull.boolean('native');
          t.string('note');
        },
      }),
      nexus.objectType({
        name: 'PrivacyEmail',
        definition(t: Definition) {
          t.nonNull.field('kind', { type: 'PrivacyEmailKind', resolve: (e: { kind: string }) => enumValue(e.kind) });
          t.nonNull.string('subject');
          t.nonNull.string('preheader');
          t.nonNull.string('html');
          t.nonNull.string('text');
          t.nonNull.list.nonNull.field('placeholders', { type: 'PrivacyPlaceholder' });
          t.nonNull.field('proof', { type: 'PrivacyProof' });
        },
      }),
      nexus.objectType({
        name: 'PrivacyCheckbox',
        definition(t: Definition) {
          t.nonNull.string('name');
          t.nonNull.string('purpose');
          t.nonNull.string('label');
          t.nonNull.boolean('checked');
          t.nonNull.boolean('required');
        },
      }),
      nexus.objectType({
        name: 'PrivacyFormNotice',
        definition(t: Definition) {
          t.nonNull.string('form');
          t.nonNull.list.nonNull.string('purposes');
          t.nonNull.list.nonNull.field('checkboxes', { type: 'PrivacyCheckbox' });
          t.string('optOut');
          t.nonNull.list.nonNull.string('notice');
          t.nonNull.string('html');
          t.nonNull.field('proof', { type: 'PrivacyProof' });
        },
      }),
      nexus.objectType({
        name: 'PrivacyConsentCopy',
        definition(t: Definition) {
          t.nonNull.string('organization');
          t.nonNull.string('locale');
          t.nonNull.field('esp', { type: 'PrivacyEsp' });
          t.nonNull.field('proof', { type: 'PrivacyProof' });
          t.nonNull.list.nonNull.field('notices', { type: 'PrivacyFormNotice' });
          t.nonNull.list.nonNull.field('emails', { type: 'PrivacyEmail' });
        },
      }),
      nexus.objectType({
        name: 'PrivacyVersion',
        definition(t: Definition) {
          t.nonNull.string('organization');
          t.nonNull.field('kind', { type: 'PrivacyDocumentKind', resolve: (v: { kind: string }) => enumValue(v.kind) });
          t.nonNull.string('locale');
          t.nonNull.int('version');
          t.nonNull.string('effectiveAt');
          t.nonNull.string('hash');
          t.nonNull.boolean('materialChange');
          t.string('note');
          t.field('changeSummary', { type: 'JSON' });
        },
      }),
      nexus.extendType({
        type: 'Query',
        definition(t: Definition) {
          const documentArgs = { organization: 'String', locale: 'PrivacyLocale', format: 'PrivacyDocumentFormat' };
          for (const kind of DOCUMENT_KINDS) {
            t.nonNull.field(kindSpec(kind).name, {
              type: 'PrivacyDocument',
              args: kindSpec(kind).audiences ? { ...documentArgs, audience: 'PrivacyAudience' } : documentArgs,
              resolve: (_: unknown, args: Record<string, unknown>) => documentFields(kind, args),
            });
          }
          t.nonNull.field('consentCopy', {
            type: 'PrivacyConsentCopy',
            args: { organization: 'String', locale: 'PrivacyLocale', esp: 'PrivacyEsp' },
            resolve: (_: unknown, args: Record<string, unknown>) =>
              dataOf(outputs.consentCopy(parseDocumentQuery(CONSENT_COPY_QUERY, queryOf(args, { esp: args.esp })))),
          });
          t.nonNull.field('consentEmail', {
            type: 'PrivacyEmail',
            args: { kind: nexus.nonNull('PrivacyEmailKind'), organization: 'String', locale: 'PrivacyLocale', esp: 'PrivacyEsp' },
            resolve: (_: unknown, args: Record<string, unknown>) =>
              dataOf(
                outputs.consentEmail(fromEnum(args.kind) ?? '', parseDocumentQuery(CONSENT_EMAIL_QUERY, queryOf(args, { esp: args.esp })))
              ),
          });
          t.nonNull.list.nonNull.field('policyVersions', {
            type: 'PrivacyVersion',
            args: { organization: 'String', kind: 'PrivacyDocumentKind', locale: 'PrivacyLocale' },
            resolve: (_: unknown, args: Record<string, unknown>) =>
              dataOf(outputs.history(parseDocumentQuery(VERSIONS_QUERY, queryOf(args, { kind: fromEnum(args.kind) })))),
          });
        },
      }),
    ],
    resolversConfig: {
      ...Object.fromEntries(DOCUMENT_KINDS.map((kind) => [`Query.${kindSpec(kind).name}`, access(kindSpec(kind).name)])),
      'Query.consentCopy': access('consentCopy'),
      'Query.consentEmail': access('consentEmail'),
      'Query.policyVersions': access('versions'),
    },
  }));
};

export default registerGraphql;
