// Random privacy facts whose every editor-typed field is hostile text: shared by the property tests.
import fc from 'fast-check';
import type { PrivacyFacts, PurposeFacts } from '../../server/src/documents/facts';
import { cleanText } from '../../server/src/documents/load-facts';

export const NASTY = [
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>", '<iframe src=//x>', '<style>*{}</style>',
  '{{constructor.constructor("return process")()}}', '{{{raw}}}', '{{> partial}}', '{{#each this}}{{/each}}', '$t(privacyPolicy.title)',
  '[x](javascript:alert(1))', '![i](https://x.test/i.png)', '# heading', '- item', '1. item', '> quote', '| a | b |', '`code`', '**b**', '_e_',
  '=1+1', '+cmd', '-2+3', '@SUM(A1)', '\t=x', '\u202E=evil', '\u2066x\u2069', 'javascript:alert(1)', 'https://ok.test/?a="b"', '<!--', ']]>', '&amp;',
  // Merge tags of the e-mail tools: an editor's text must never become one.
  '{{ unsubscribe }}', '{{ contact.FIRSTNAME }}', '{% if contact.firstname %}x{% endif %}', '{# note #}', '*|UNSUB|*', '*|FNAME|*', '%FIRSTNAME%', '[UNSUBSCRIBE]', '[DOUBLEOPTIN]',
];
export const PIECES = ['<', '>', '"', "'", '&', '=', '{', '}', '|', '*', '_', '[', ']', '(', ')', '#', '-', '+', '@', '`', '/', ':', ' ', 'a', '\n', '\u202E', '\u2066', 'on', 'script', 'javascript:', '%', 'NAME'];

export const hostile = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ unit: fc.constantFrom(...PIECES), minLength: 1, maxLength: 40 }),
  fc.tuple(fc.constantFrom(...NASTY), fc.string({ maxLength: 10 }), fc.constantFrom(...NASTY)).map(([a, b, c]) => `${a}${b}${c}`),
  fc.string({ minLength: 1, maxLength: 30 })
);
export const clean = hostile.map((value) => cleanText(value) || 'x');

export const factsArbitrary = fc
  .record({
    name: clean, tradeName: clean, address: clean, legalForm: clean, registrationNumber: clean, phone: clean, website: clean,
    representative: clean, security: clean, policyUrl: clean, rightsUrl: clean, dpoName: clean, dpoCompany: clean,
    purposeName: clean, purposeName2: clean, description: clean, interest: clean, categories: clean, subjects: clean, source: clean,
    consequence: clean, logic: clean, frequency: clean, recipientName: clean, recipientDescription: clean, safeguardDetails: clean,
    label: clean, criteria: clean, startsFrom: clean, legalReference: clean, cookieName: clean, provider: clean, cookiePurpose: clean,
    locale: fc.constantFrom('fr', 'en'),
  })
  .map((s): PrivacyFacts => {
    const recipient = { documentId: 'r1', name: s.recipientName, category: 'processor' as const, description: s.recipientDescription, country: 'US', transferSafeguard: 'derogation-art-49' as const, safeguardDetails: s.safeguardDetails };
    const retention = { documentId: 't1', label: s.label, durationValue: null, durationUnit: null, startsFrom: s.startsFrom, criteria: s.criteria, afterwards: 'archive' as const, legalReference: s.legalReference };
    const purpose = (id: string, name: string, extra: Partial<PurposeFacts>): PurposeFacts => ({
      documentId: id, name, description: s.description, legalBasis: 'consent', legitimateInterest: null, dataCategories: s.categories, dataSubjects: s.subjects,
      sensitiveData: false, source: 'data-subject', sourceDetails: null, requirement: 'optional', consequenceIfNotProvided: s.consequence, automatedDecision: false,
      automatedDecisionLogic: null, audience: 'both', consentForm: 'newsletter', emailFrequency: s.frequency, order: 0, recipients: [recipient], retention, ...extra,
    });
    return {
      locale: s.locale,
      organization: {
        documentId: 'o1', name: s.name, slug: 'acme', tradeName: s.tradeName, legalForm: s.legalForm, registrationNumber: s.registrationNumber, address: s.address,
        country: 'FR', email: 'contact@acme.test', phone: s.phone, website: s.website, rightsContactEmail: null, rightsRequestUrl: s.rightsUrl, policyUrl: s.policyUrl,
        cookiePolicyUrl: s.policyUrl, euRepresentative: s.representative, supervisoryAuthority: null, securityMeasures: s.security,
        dpo: { name: s.dpoName, company: s.dpoCompany, email: 'dpo@acme.test', phone: null, address: s.address, contactFormUrl: s.rightsUrl },
      },
      purposes: [
        purpose('p1', s.purposeName, {}),
        purpose('p2', s.purposeName2, { legalBasis: 'legitimate-interests', legitimateInterest: s.interest, audience: 'b2b', source: 'third-party', sourceDetails: s.source, consentForm: 'other', automatedDecision: true, automatedDecisionLogic: s.logic }),
      ],
      recipients: [recipient],
      retentionRules: [retention],
      cookies: [
        { documentId: 'c1', name: s.cookieName, provider: s.provider, domain: null, party: 'third', category: 'advertising', purpose: s.cookiePurpose, lifetimeValue: 3, lifetimeUnit: 'months' },
        { documentId: 'c2', name: s.cookieName, provider: s.provider, domain: null, party: 'first', category: 'necessary', purpose: s.cookiePurpose, lifetimeValue: null, lifetimeUnit: 'session' },
      ],
      lastChangedAt: '2026-11-29T10:00:00.000Z',
    };
  });
