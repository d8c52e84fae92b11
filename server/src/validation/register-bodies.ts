// The bodies of the registers' admin writes (yup): each field's type and bounds, with a message that names the field and the fix.
import { errors, validateYupSchema, yup } from '@strapi/utils';
import { ENUMS } from '../documents/enums';

const SLUG = /^[A-Za-z0-9._~-]{1,255}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const instant = (name: string) =>
  yup
    .string()
    .nullable()
    .test(
      'instant',
      `${name} must be a date and time such as 2026-01-31T09:30:00Z`,
      (value) => value == null || (ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value)))
    );
const text = (name: string, max = 10_000) =>
  yup
    .string()
    .nullable()
    .max(max, `${name} must be at most ${max.toLocaleString('en')} characters`);
const oneOf = (name: string, values: readonly string[]) =>
  yup
    .string()
    .oneOf([...values, null] as string[], `${name} must be one of ${values.join(', ')}`)
    .nullable();
const count = (name: string) => yup.number().nullable().integer(`${name} must be a whole number`).min(0, `${name} must be 0 or more`);
const flag = (name: string) => yup.boolean().nullable().typeError(`${name} must be true or false`);

const required = <S extends yup.AnySchema>(schema: S, name: string, creating: boolean, fix: string): S =>
  (creating ? schema.required(`${name} is required: ${fix}`) : schema.optional()) as S;

const noUnknown = <S extends yup.AnyObjectSchema>(schema: S): S =>
  schema.noUnknown(true, `unknown field \${unknown}: allowed fields are ${Object.keys(schema.fields).join(', ')}`) as S;

const rightsRequestSchema = (creating: boolean) =>
  noUnknown(
    yup.object({
      organization: required(
        yup.string().matches(SLUG, "organization must be an organization's slug"),
        'organization',
        creating,
        "the organization's slug"
      ),
      kind: required(oneOf('kind', ENUMS['rights-request'].kind), 'kind', creating, `one of ${ENUMS['rights-request'].kind.join(', ')}`),
      receivedAt: required(instant('receivedAt'), 'receivedAt', creating, 'when the request arrived, such as 2026-01-31T09:30:00Z'),
      channel: required(
        oneOf('channel', ENUMS['rights-request'].channel),
        'channel',
        creating,
        `one of ${ENUMS['rights-request'].channel.join(', ')}`
      ),
      requester: required(
        text('requester', 255),
        'requester',
        creating,
        'an identifier of the person, kept minimal (an e-mail address or a customer number)'
      ),
      language: yup
        .string()
        .nullable()
        .matches(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'language must be a locale code such as fr or en'),
      dataSubjectCategories: text('dataSubjectCategories'),
      identityCheckRequestedAt: instant('identityCheckRequestedAt'),
      identityCheckReason: text('identityCheckReason'),
      identityVerifiedAt: instant('identityVerifiedAt'),
      extensionReason: text('extensionReason'),
      extensionNotifiedAt: instant('extensionNotifiedAt'),
      status: oneOf('status', ENUMS['rights-request'].status),
      answeredAt: instant('answeredAt'),
      outcome: oneOf('outcome', ENUMS['rights-request'].outcome),
      refusalReasons: text('refusalReasons'),
      notes: text('notes'),
    })
  );

const breachSchema = (creating: boolean) =>
  noUnknown(
    yup.object({
      organization: required(
        yup.string().matches(SLUG, "organization must be an organization's slug"),
        'organization',
        creating,
        "the organization's slug"
      ),
      title: required(text('title', 255), 'title', creating, 'a short summary of the incident'),
      description: text('description'),
      awareAt: required(
        instant('awareAt'),
        'awareAt',
        creating,
        'when the organization became aware of the breach, such as 2026-03-27T15:00:00Z'
      ),
      occurredFrom: instant('occurredFrom'),
      occurredTo: instant('occurredTo'),
      confidentiality: flag('confidentiality'),
      integrity: flag('integrity'),
      availability: flag('availability'),
      dataCategories: text('dataCategories'),
      peopleCount: count('peopleCount'),
      recordsCount: count('recordsCount'),
      consequences: text('consequences'),
      measuresTaken: text('measuresTaken'),
      measuresProposed: text('measuresProposed'),
      dpoContact: text('dpoContact'),
      riskLevel: required(oneOf('riskLevel', ENUMS.breach.riskLevel), 'riskLevel', creating, `one of ${ENUMS.breach.riskLevel.join(', ')}`),
      notifiedAuthorityAt: instant('notifiedAuthorityAt'),
      authorityReference: text('authorityReference', 255),
      notificationCompletedAt: instant('notificationCompletedAt'),
      peopleInformedAt: instant('peopleInformedAt'),
      lateNotificationReasons: text('lateNotificationReasons'),
      notes: text('notes'),
    })
  );

const SCHEMAS = { requests: rightsRequestSchema, breaches: breachSchema };

/** A JSON object, checked field by field; strict, so "12" is not a number and a date is not guessed from any string. */
export const parseRegisterBody = async (
  register: keyof typeof SCHEMAS,
  raw: unknown,
  creating: boolean
): Promise<Record<string, unknown>> => {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new errors.ValidationError("the body must be a JSON object of the entry's fields", {
      errors: [{ path: ['body'], message: 'the body must be a JSON object', name: 'ValidationError' }],
    });
  }
  const parsed = (await validateYupSchema(SCHEMAS[register](creating), { strict: true, abortEarly: false })(raw)) as Record<
    string,
    unknown
  >;
  // An empty string clears a field, like null: the registers keep no blank text.
  return Object.fromEntries(Object.entries(parsed).map(([key, value]) => [key, value === '' ? null : value]));
};
