// The plugin's content types: the schemas live at the repository's top level (content-types/), as the contract readers see first.
import organization from '../../../content-types/organization/schema.json';
import dpo from '../../../content-types/dpo/schema.json';
import purpose from '../../../content-types/purpose/schema.json';
import recipient from '../../../content-types/recipient/schema.json';
import retentionRule from '../../../content-types/retention-rule/schema.json';
import cookie from '../../../content-types/cookie/schema.json';
import policyVersion from '../../../content-types/policy-version/schema.json';
import rightsRequest from '../../../content-types/rights-request/schema.json';
import breach from '../../../content-types/breach/schema.json';

export default {
  organization: { schema: organization },
  dpo: { schema: dpo },
  purpose: { schema: purpose },
  recipient: { schema: recipient },
  'retention-rule': { schema: retentionRule },
  cookie: { schema: cookie },
  'policy-version': { schema: policyVersion },
  'rights-request': { schema: rightsRequest },
  breach: { schema: breach },
};
