// Services tab: pick a vendor preset, see what it adds, and write its cookies and recipient as drafts for the chosen organization.
import { useState } from 'react';
import {
  Badge,
  Box,
  Button,
  Checkbox,
  Flex,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import fieldHelp from '../../../content-types/field-help.json';
import { helpLanguage } from '../contentManagerLayout';
import { errorMessage, useAdminData } from '../hooks/useAdminData';
import { getTranslation } from '../utils/getTranslation';
import { LoadError, Loading } from './State';

interface PresetTracker {
  name: string;
  namePattern: string | null;
  storage: string;
  party: string;
  category: string;
  lifetime: { value?: number; unit: string; exact?: string } | null;
  purpose: string;
  toCheck: string[];
}

interface Preset {
  id: string;
  name: string;
  category: string;
  provider: { name: string; country: string; otherCountries: string | null; transferSafeguard: string; toCheck: string[] } | null;
  tool: string | null;
  purpose: string;
  trackers: PresetTracker[];
  sources: string[];
  toCheck: string[];
}

interface Applied {
  recipient: { created: string[] } | null;
  cookies: Array<{ name: string; created: string[] }>;
}

interface Props {
  organization: string;
  /** The locales the organization has: a preset is written only in those, and only in French and English. */
  organizationLocales: string[];
  lang: string;
  canApply: boolean;
}

type Options = Record<string, Record<string, { options?: Record<string, string> }>>;
const FIELDS = fieldHelp as unknown as Record<string, { fields: Options }>;
const PRESET_LOCALES = ['fr', 'en'];

export const PresetsTab = ({ organization, organizationLocales, lang, canApply }: Props) => {
  const { formatMessage } = useIntl();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  // The presets are written in French and English: any other admin language reads them in English.
  const presets = useAdminData<Preset[]>('/privacy/presets', { lang: lang === 'fr' ? 'fr' : 'en' });
  const usable = PRESET_LOCALES.filter((code) => organizationLocales.includes(code));
  const [chosen, setChosen] = useState<string | null>(null);
  const [locales, setLocales] = useState<string[]>(usable);
  const [busy, setBusy] = useState(false);
  const label = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  /** An enumeration value by the label the Content Manager shows for it, in the admin's language. */
  const option = (uid: string, field: string, value: string): string => {
    const help = FIELDS[uid]?.fields[field] as unknown as Record<string, { options?: Record<string, string> }> | undefined;
    return (help && help[helpLanguage(lang, help)]?.options?.[value]) ?? value;
  };
  const cookieOption = (field: string, value: string) => option('plugin::privacy.cookie', field, value);
  const lifetime = (t: PresetTracker): string => {
    if (!t.lifetime) return label('presets.toCheck', 'to check');
    if (t.lifetime.unit === 'session') return cookieOption('lifetimeUnit', 'session');
    return t.lifetime.exact ?? `${t.lifetime.value} ${cookieOption('lifetimeUnit', t.lifetime.unit).toLowerCase()}`;
  };

  if (presets.isLoading) return <Loading />;
  if (presets.error || !presets.data) return <LoadError message={presets.error ?? ''} onRetry={presets.reload} />;
  const preset = presets.data.find((p) => p.id === chosen) ?? null;

  const apply = async () => {
    if (!preset) return;
    setBusy(true);
    try {
      const response = await post<{ data: Applied }>(`/privacy/presets/${preset.id}/apply`, { organization, locales });
      const added = response.data.data.cookies.filter((c) => c.created.length).length;
      const kept = response.data.data.cookies.length - added;
      toggleNotification({
        type: added || response.data.data.recipient?.created.length ? 'success' : 'info',
        message: label(
          'presets.applied',
          '{added, plural, =0 {No tracker added} one {# tracker added} other {# trackers added}} as drafts; {kept, plural, =0 {none was there already} one {# was there already} other {# were there already}}. Check them in the Content Manager, then publish.',
          { added, kept }
        ),
      });
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Box background="neutral0" padding={6} hasRadius shadow="tableShadow">
        <Flex direction="column" alignItems="stretch" gap={3}>
          <Typography>
            {label(
              'presets.intro',
              'Add a service your site uses: its trackers and its provider are written as drafts, for you to check and publish.'
            )}
          </Typography>
          <Box maxWidth="480px">
            <SingleSelect
              aria-label={label('presets.picker', 'Service')}
              placeholder={label('presets.placeholder', 'Choose a service')}
              value={chosen ?? undefined}
              onChange={(value: string | number) => setChosen(String(value))}
              data-testid="preset-picker"
            >
              {presets.data.map((p) => (
                <SingleSelectOption key={p.id} value={p.id}>
                  {p.name}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Box>
          {preset && (
            <>
              <Typography data-testid="preset-purpose">{preset.purpose}</Typography>
              <Typography variant="pi">
                {preset.provider
                  ? label('presets.provider', 'Recipient: {name} ({countries}), {safeguard}', {
                      name: preset.provider.name,
                      countries: [preset.provider.country, preset.provider.otherCountries].filter(Boolean).join(', '),
                      safeguard: option('plugin::privacy.recipient', 'transferSafeguard', preset.provider.transferSafeguard),
                    })
                  : label('presets.selfRun', 'No recipient: {tool} runs on your own site.', { tool: preset.tool ?? preset.name })}
              </Typography>
              {preset.trackers.length === 0 ? (
                <Typography variant="pi">
                  {label('presets.noTracker', 'This preset lists no tracker: only its recipient is added.')}
                </Typography>
              ) : (
                <Table colCount={4} rowCount={preset.trackers.length + 1}>
                  <Thead>
                    <Tr>
                      <Th>
                        <Typography variant="sigma">{label('presets.name', 'Name')}</Typography>
                      </Th>
                      <Th>
                        <Typography variant="sigma">{label('presets.category', 'Category')}</Typography>
                      </Th>
                      <Th>
                        <Typography variant="sigma">{label('presets.lifetime', 'Lifetime')}</Typography>
                      </Th>
                      <Th>
                        <Typography variant="sigma">{label('presets.party', 'Set by')}</Typography>
                      </Th>
                    </Tr>
                  </Thead>
                  <Tbody>
                    {preset.trackers.map((t) => (
                      <Tr key={t.name} data-testid="preset-tracker">
                        <Td>
                          <Typography>
                            {t.name}
                            {t.storage !== 'cookie' ? ` (${cookieOption('storage', t.storage)})` : ''}
                          </Typography>
                        </Td>
                        <Td>
                          <Typography>{cookieOption('category', t.category)}</Typography>
                        </Td>
                        <Td>
                          <Flex gap={2}>
                            <Typography>{lifetime(t)}</Typography>
                            {t.toCheck.length > 0 && (
                              <Badge backgroundColor="warning100" textColor="warning700">
                                {label('presets.toCheck', 'to check')}
                              </Badge>
                            )}
                          </Flex>
                        </Td>
                        <Td>
                          <Typography>{cookieOption('party', t.party)}</Typography>
                        </Td>
                      </Tr>
                    ))}
                  </Tbody>
                </Table>
              )}
              {canApply && (
                <Flex gap={4} wrap="wrap">
                  {usable.map((code) => (
                    <Checkbox
                      key={code}
                      checked={locales.includes(code)}
                      onCheckedChange={(checked: boolean | 'indeterminate') =>
                        setLocales((previous) =>
                          checked === true ? [...new Set([...previous, code])] : previous.filter((c) => c !== code)
                        )
                      }
                    >
                      {code === 'fr' ? 'Français' : 'English'}
                    </Checkbox>
                  ))}
                  <Button onClick={apply} loading={busy} disabled={locales.length === 0} data-testid="preset-apply">
                    {label('presets.apply', 'Add as drafts')}
                  </Button>
                </Flex>
              )}
            </>
          )}
        </Flex>
      </Box>
    </Flex>
  );
};
