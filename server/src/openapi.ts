// The OpenAPI 3.1 description of the public routes, built from the same lists the routes and validators use.
import { BANNER_FORMATS } from './consent/cookie-banner';
import { EMAIL_KINDS } from './consent/emails';
import { ESPS } from './consent/esp';
import { bareMediaType } from './documents/formats';
import { DOCUMENT_KINDS, formatsOf, kindSpec } from './documents/kinds';
import { ALL_LOCALES, AUDIENCE_OPTION, CONSENT_EMAIL_QUERY, CONSENT_MODE_OPTION, VERSIONS_QUERY } from './validation/query-parameters';

const parameter = (name: string, description: string, schema: Record<string, unknown>, where: 'query' | 'path' = 'query') => ({
  name,
  in: where,
  required: where === 'path',
  description,
  schema,
});

const organization = parameter('organization', "The organization's slug; optional when exactly one is published.", {
  type: 'string',
  pattern: '^[A-Za-z0-9._~-]{1,255}$',
});
const locale = parameter(
  'locale',
  "A locale enabled in Strapi's i18n that has a translation file (fr, en). Default: Strapi's default locale.",
  { type: 'string' }
);
const format = (formats: readonly string[]) =>
  parameter('format', 'The representation.', { type: 'string', enum: [...formats], default: 'json' });
const version = parameter('version', 'A frozen version of the document.', { type: 'integer', minimum: 1 });
const audience = parameter(
  'audience',
  'A category of data subjects: the policy for them alone (the purposes whose categories include it), served as published now, with no version number; 404 when no purpose has it; not with version. Without it: the policy for the public, which leaves out the purposes only about employees, candidates or supplier-contacts.',
  { type: 'string', enum: [...AUDIENCE_OPTION.audience.values] }
);
const esp = parameter('esp', 'The e-mail tool whose merge-tag syntax to use.', { type: 'string', enum: [...ESPS], default: 'generic' });

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

/** The error answers every public route shares: a bad parameter, something unknown. */
const clientErrors = (unknown = 'An unknown organization.') => ({
  400: errorResponse('A bad parameter; the message names it and the allowed values.'),
  404: errorResponse(unknown),
});

const documentResponses = (formats: readonly string[]) => ({
  200: {
    description: 'The document. ETag is the SHA-256 of the body; Cache-Control is configurable.',
    headers: { ETag: { schema: { type: 'string' } }, 'Cache-Control': { schema: { type: 'string' } } },
    content: Object.fromEntries(
      formats.map((f) => [
        bareMediaType(f as Parameters<typeof bareMediaType>[0]),
        {
          schema:
            f === 'json' ? { $ref: '#/components/schemas/DocumentResponse' } : f === 'jsonld' ? { type: 'object' } : { type: 'string' },
        },
      ])
    ),
  },
  304: { description: 'Not modified: the If-None-Match ETag is current.' },
  ...clientErrors('An unknown organization or version.'),
});

const stringList = { type: 'array', items: { type: 'string' } };

export const openApiDocument = () => ({
  openapi: '3.1.0',
  info: {
    title: 'strapi-plugin-privacy public API',
    version: '0.1.0',
    description: 'Privacy policy, cookie policy, consent copy and version history, generated from published entries. Mounted under /api.',
  },
  paths: {
    ...Object.fromEntries(
      DOCUMENT_KINDS.map((kind) => [
        `/privacy${kindSpec(kind).route}`,
        {
          get: {
            summary: kindSpec(kind).summary,
            parameters: [organization, locale, format(formatsOf(kind)), version, ...(kindSpec(kind).audiences ? [audience] : [])],
            responses: documentResponses(formatsOf(kind)),
          },
        },
      ])
    ),
    '/privacy/consent-copy': {
      get: {
        summary: 'Form notices and consent e-mails',
        parameters: [organization, locale, esp],
        responses: {
          200: {
            description: 'The consent copy kit',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/ConsentCopyResponse' } } },
          },
          ...clientErrors(),
        },
      },
    },
    '/privacy/consent-copy/emails/{kind}': {
      get: {
        summary: 'One consent e-mail',
        parameters: [
          parameter('kind', 'The e-mail.', { type: 'string', enum: [...EMAIL_KINDS] }, 'path'),
          organization,
          locale,
          esp,
          parameter('format', 'The whole e-mail as JSON, or its HTML or text part alone.', {
            type: 'string',
            enum: [...CONSENT_EMAIL_QUERY.formats],
            default: 'json',
          }),
        ],
        responses: {
          200: {
            description: 'The e-mail',
            content: {
              'application/json': { schema: { type: 'object', properties: { data: { $ref: '#/components/schemas/Email' } } } },
              'text/html': { schema: { type: 'string' } },
              'text/plain': { schema: { type: 'string' } },
            },
          },
          ...clientErrors('An unknown organization or e-mail kind.'),
        },
      },
    },
    '/privacy/cookie-banner': {
      get: {
        summary: 'A consent-banner configuration built from the published cookies',
        parameters: [
          organization,
          locale,
          parameter('format', 'The banner library.', { type: 'string', enum: [...BANNER_FORMATS], default: BANNER_FORMATS[0] }),
          parameter(
            'consentMode',
            'google: the answer also carries Google Consent Mode v2 (`consentMode`: the mapping, the default state, and the script to inline before the Google tag). Without it, none.',
            { type: 'string', enum: [...CONSENT_MODE_OPTION.consentMode.values] }
          ),
        ],
        responses: {
          200: {
            description: "The library's configuration; `revision` is the cookie policy's version number.",
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    data: {
                      type: 'object',
                      properties: {
                        format: { type: 'string' },
                        revision: { type: 'integer' },
                        config: { type: 'object' },
                        consentMode: {
                          type: 'object',
                          description: 'Only with consentMode=google.',
                          properties: {
                            mapping: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
                            default: { type: 'object' },
                            grants: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
                            script: { type: 'string' },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          ...clientErrors(),
        },
      },
    },
    '/privacy/versions': {
      get: {
        summary: 'The version history, newest first',
        parameters: [
          organization,
          parameter(
            'locale',
            `A locale enabled in Strapi's i18n that has a translation file (fr, en), or '${ALL_LOCALES}' for every locale. Default: Strapi's default locale.`,
            { type: 'string' }
          ),
          parameter('kind', 'Which document.', { type: 'string', enum: [...(VERSIONS_QUERY.options?.kind.values ?? [])], default: 'all' }),
        ],
        responses: {
          200: {
            description: 'Versions',
            content: {
              'application/json': {
                schema: { type: 'object', properties: { data: { type: 'array', items: { $ref: '#/components/schemas/Version' } } } },
              },
            },
          },
          ...clientErrors(),
        },
      },
    },
    '/privacy/preview': {
      get: {
        summary: "The Content Manager's preview of a document (drafts included), opened by the link Strapi's preview button asks for",
        description:
          'Not for frontends: GET /content-manager/preview/url/{uid} hands the signed link (valid one hour) to an editor who may read the entry.',
        // All six are required: the link is signed as a whole.
        parameters: [
          parameter('organization', 'The organization slug.', { type: 'string' }),
          parameter('locale', 'The locale.', { type: 'string' }),
          parameter('kind', 'Which document.', { type: 'string', enum: [...DOCUMENT_KINDS] }),
          parameter('status', 'Draft entries or what is published.', { type: 'string', enum: ['draft', 'published'] }),
          parameter('expires', 'When the link stops working (ms since the epoch).', { type: 'integer' }),
          parameter('signature', 'HMAC-SHA-256 of the values above, with a key derived from the admin JWT secret.', { type: 'string' }),
        ].map((p) => ({ ...p, required: true })),
        responses: {
          200: { description: 'The page', content: { 'text/html': { schema: { type: 'string' } } } },
          403: errorResponse('A link that was changed, or has expired.'),
          ...clientErrors(),
        },
      },
    },
  },
  components: {
    schemas: {
      Error: {
        type: 'object',
        required: ['data', 'error'],
        properties: {
          data: { type: 'null' },
          error: {
            type: 'object',
            properties: { status: { type: 'integer' }, name: { type: 'string' }, message: { type: 'string' }, details: { type: 'object' } },
          },
        },
      },
      Section: {
        type: 'object',
        required: ['key', 'heading', 'lead', 'items'],
        properties: {
          key: { type: 'string' },
          heading: { type: 'string' },
          lead: stringList,
          items: stringList,
          groups: { type: 'array', items: { type: 'object', properties: { heading: { type: 'string' }, items: stringList } } },
          table: { type: 'object', properties: { columns: stringList, rows: { type: 'array', items: stringList } } },
        },
      },
      DocumentResponse: {
        type: 'object',
        properties: {
          data: {
            type: 'object',
            properties: {
              organization: { type: 'string' },
              locale: { type: 'string' },
              kind: { type: 'string', enum: [...DOCUMENT_KINDS] },
              version: { type: ['integer', 'null'] },
              effectiveAt: { type: ['string', 'null'], format: 'date-time' },
              hash: { type: 'string' },
              title: { type: 'string' },
              wordCount: { type: 'integer' },
              readingMinutes: { type: 'integer' },
              sections: { type: 'array', items: { $ref: '#/components/schemas/Section' } },
              html: { type: 'string' },
            },
          },
        },
      },
      Email: {
        type: 'object',
        properties: {
          kind: { type: 'string', enum: [...EMAIL_KINDS] },
          subject: { type: 'string' },
          preheader: { type: 'string' },
          html: { type: 'string' },
          text: { type: 'string' },
          placeholders: {
            type: 'array',
            items: {
              type: 'object',
              properties: { name: { type: 'string' }, tag: { type: 'string' }, native: { type: 'boolean' }, note: { type: 'string' } },
            },
          },
          proof: {
            type: 'object',
            properties: { policyVersion: { type: ['integer', 'null'] }, policyHash: { type: 'string' }, copyHash: { type: 'string' } },
          },
        },
      },
      ConsentCopyResponse: {
        type: 'object',
        properties: {
          data: {
            type: 'object',
            properties: {
              organization: { type: 'string' },
              locale: { type: 'string' },
              esp: { type: 'string', enum: [...ESPS] },
              notices: { type: 'array', items: { type: 'object' } },
              emails: { type: 'array', items: { $ref: '#/components/schemas/Email' } },
            },
          },
        },
      },
      Version: {
        type: 'object',
        properties: {
          organization: { type: 'string' },
          kind: { type: 'string' },
          locale: { type: 'string' },
          version: { type: 'integer' },
          effectiveAt: { type: 'string', format: 'date-time' },
          hash: { type: 'string' },
          materialChange: { type: 'boolean' },
          note: { type: ['string', 'null'] },
          changeSummary: { type: 'object' },
        },
      },
    },
  },
});
