// Requests tab: the rights-request register with computed due dates and badges, a form to record a request, and each request's letters.
import { useState } from 'react';
import {
  Badge,
  Box,
  Button,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  TextInput,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { errorMessage, useAdminData } from '../hooks/useAdminData';
import { getTranslation } from '../utils/getTranslation';
import { LetterView } from './LetterView';
import { RegisterExport } from './RegisterExport';
import { LoadError, Loading } from './State';

interface RightsRequest {
  documentId: string;
  kind: string;
  receivedAt: string;
  requester: string;
  status: string;
  clock: { dueOn: string; daysLeft: number; overdue: boolean; extended: boolean; state: 'answered' | 'on-time' | 'due-soon' | 'overdue' };
}

const KINDS = ['access', 'rectification', 'erasure', 'restriction', 'objection', 'portability', 'withdrawal', 'post-mortem'];
const CHANNELS = ['email', 'web-form', 'post', 'phone', 'in-person', 'other'];
const BADGE = {
  overdue: { backgroundColor: 'danger100', textColor: 'danger700' },
  'due-soon': { backgroundColor: 'warning100', textColor: 'warning700' },
  'on-time': { backgroundColor: 'neutral100', textColor: 'neutral700' },
  answered: { backgroundColor: 'success100', textColor: 'success700' },
} as const;

interface Props {
  organization: string;
  locale: string;
  letters: string[];
  canManage: boolean;
}

export const RequestsTab = ({ organization, locale, letters, canManage }: Props) => {
  const { formatMessage, formatDate } = useIntl();
  const label = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const requests = useAdminData<RightsRequest[]>('/privacy/rights-requests', { organization });
  const [selected, setSelected] = useState<string | null>(null);
  const [kind, setKind] = useState('access');
  const [channel, setChannel] = useState('email');
  const [requester, setRequester] = useState('');
  const [busy, setBusy] = useState(false);

  const record = async () => {
    setBusy(true);
    try {
      const response = await post<{ data: RightsRequest }>('/privacy/rights-requests', {
        organization,
        kind,
        channel,
        requester,
        receivedAt: new Date().toISOString(),
        language: locale,
      });
      toggleNotification({
        type: 'success',
        message: label('requests.recorded', 'Request recorded: due on {date}', { date: response.data.data.clock.dueOn }),
      });
      setRequester('');
      requests.reload();
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {canManage && (
        <Box background="neutral0" padding={6} hasRadius shadow="tableShadow">
          <Flex gap={3} alignItems="flex-end" wrap="wrap">
            <Box minWidth="200px">
              <SingleSelect
                aria-label={label('requests.kind', 'Right')}
                value={kind}
                onChange={(value: string | number) => setKind(String(value))}
              >
                {KINDS.map((name) => (
                  <SingleSelectOption key={name} value={name}>
                    {label(`requests.kinds.${name}`, name)}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Box>
            <Box minWidth="160px">
              <SingleSelect
                aria-label={label('requests.channel', 'Channel')}
                value={channel}
                onChange={(value: string | number) => setChannel(String(value))}
              >
                {CHANNELS.map((name) => (
                  <SingleSelectOption key={name} value={name}>
                    {name}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Box>
            <Field.Root name="requester" hint={label('requests.requesterHint', 'Keep it minimal: an e-mail address or a customer number.')}>
              <Field.Label>{label('requests.requester', 'Requester')}</Field.Label>
              <TextInput value={requester} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setRequester(event.target.value)} />
              <Field.Hint />
            </Field.Root>
            <Button onClick={record} loading={busy} disabled={requester.trim() === ''}>
              {label('requests.record', 'Record a request received now')}
            </Button>
          </Flex>
        </Box>
      )}
      <RegisterExport path="/privacy/rights-requests" organization={organization} locale={locale} />
      {requests.isLoading && <Loading />}
      {requests.error && <LoadError message={requests.error} onRetry={requests.reload} />}
      {requests.data && !requests.isLoading && requests.data.length === 0 && (
        <Typography>{label('requests.none', 'No rights request recorded.')}</Typography>
      )}
      {requests.data && !requests.isLoading && requests.data.length > 0 && (
        <Table colCount={6} rowCount={requests.data.length + 1}>
          <Thead>
            <Tr>
              {[
                label('requests.received', 'Received'),
                label('requests.kind', 'Right'),
                label('requests.requester', 'Requester'),
                label('requests.status', 'Status'),
                label('requests.due', 'Due on'),
                '',
              ].map((heading, index) => (
                <Th key={index}>
                  <Typography variant="sigma">{heading}</Typography>
                </Th>
              ))}
            </Tr>
          </Thead>
          <Tbody>
            {requests.data.map((r) => (
              <Tr key={r.documentId} data-testid="request-row">
                <Td>
                  <Typography>{formatDate(r.receivedAt, { dateStyle: 'medium', timeZone: 'Europe/Paris' })}</Typography>
                </Td>
                <Td>
                  <Typography>{label(`requests.kinds.${r.kind}`, r.kind)}</Typography>
                </Td>
                <Td>
                  <Typography>{r.requester}</Typography>
                </Td>
                <Td>
                  <Typography>{r.status}</Typography>
                </Td>
                <Td>
                  <Flex gap={2}>
                    <Typography>{formatDate(`${r.clock.dueOn}T12:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' })}</Typography>
                    <Badge {...BADGE[r.clock.state]} data-testid={`badge-${r.clock.state}`}>
                      {r.clock.state === 'overdue'
                        ? label('requests.overdue', 'Overdue by {days} d', { days: -r.clock.daysLeft })
                        : r.clock.state === 'answered'
                          ? label('requests.answered', 'Answered')
                          : label('requests.daysLeft', '{days} d left', { days: r.clock.daysLeft })}
                    </Badge>
                    {r.clock.extended && <Badge>{label('requests.extended', 'Extended')}</Badge>}
                  </Flex>
                </Td>
                <Td>
                  <Button variant="ghost" onClick={() => setSelected(r.documentId)} data-testid="open-letters">
                    {label('registers.letters', 'Letters')}
                  </Button>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
      {selected && <LetterView key={selected} entryPath={`/privacy/rights-requests/${selected}`} letters={letters} locale={locale} />}
    </Flex>
  );
};
