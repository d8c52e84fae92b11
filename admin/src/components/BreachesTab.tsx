// Breaches tab: every incident with its 72-hour clock and badge, the notification draft and the communication to the people.
import { useState } from 'react';
import { Badge, Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useAdminData } from '../hooks/useAdminData';
import { getTranslation } from '../utils/getTranslation';
import { LetterView } from './LetterView';
import { RegisterExport } from './RegisterExport';
import { LoadError, Loading } from './State';

type BreachState = 'not-required' | 'notified' | 'notified-late' | 'open' | 'near' | 'late';

interface Breach {
  documentId: string;
  title: string;
  awareAt: string;
  riskLevel: string;
  notifiedAuthorityAt: string | null;
  clock: { deadline: string; hoursLeft: number; late: boolean; state: BreachState };
}

const BADGE: Record<BreachState, { backgroundColor: string; textColor: string }> = {
  late: { backgroundColor: 'danger100', textColor: 'danger700' },
  near: { backgroundColor: 'warning100', textColor: 'warning700' },
  open: { backgroundColor: 'neutral100', textColor: 'neutral700' },
  notified: { backgroundColor: 'success100', textColor: 'success700' },
  'notified-late': { backgroundColor: 'warning100', textColor: 'warning700' },
  'not-required': { backgroundColor: 'neutral100', textColor: 'neutral700' },
};

interface Props {
  organization: string;
  locale: string;
  letters: string[];
}

export const BreachesTab = ({ organization, locale, letters }: Props) => {
  const { formatMessage, formatDate } = useIntl();
  const label = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const breaches = useAdminData<Breach[]>('/privacy/breaches', { organization });
  const [selected, setSelected] = useState<string | null>(null);
  const when = (iso: string) => formatDate(iso, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Paris' });
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <RegisterExport path="/privacy/breaches" organization={organization} locale={locale} />
      {breaches.isLoading && <Loading />}
      {breaches.error && <LoadError message={breaches.error} onRetry={breaches.reload} />}
      {breaches.data && !breaches.isLoading && breaches.data.length === 0 && (
        <Typography>
          {label('breaches.none', 'No breach recorded. Every incident is kept here, notified or not (GDPR Art. 33(5)).')}
        </Typography>
      )}
      {breaches.data && !breaches.isLoading && breaches.data.length > 0 && (
        <Table colCount={5} rowCount={breaches.data.length + 1}>
          <Thead>
            <Tr>
              {[
                label('breaches.title', 'Incident'),
                label('breaches.aware', 'Aware at'),
                label('breaches.deadline', 'Notify by'),
                label('breaches.risk', 'Risk'),
                '',
              ].map((heading, index) => (
                <Th key={index}>
                  <Typography variant="sigma">{heading}</Typography>
                </Th>
              ))}
            </Tr>
          </Thead>
          <Tbody>
            {breaches.data.map((b) => (
              <Tr key={b.documentId} data-testid="breach-row">
                <Td>
                  <Typography>{b.title}</Typography>
                </Td>
                <Td>
                  <Typography>{when(b.awareAt)}</Typography>
                </Td>
                <Td>
                  <Flex gap={2}>
                    <Typography>{when(b.clock.deadline)}</Typography>
                    <Badge {...BADGE[b.clock.state]} data-testid={`badge-${b.clock.state}`}>
                      {b.clock.state === 'open' || b.clock.state === 'near'
                        ? label('breaches.hoursLeft', '{hours} h left', { hours: b.clock.hoursLeft })
                        : label(`breaches.state.${b.clock.state}`, b.clock.state)}
                    </Badge>
                  </Flex>
                </Td>
                <Td>
                  <Typography>{label(`breaches.riskLevel.${b.riskLevel}`, b.riskLevel)}</Typography>
                </Td>
                <Td>
                  <Button variant="ghost" onClick={() => setSelected(b.documentId)} data-testid="open-letters">
                    {label('registers.letters', 'Letters')}
                  </Button>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
      {selected && <LetterView key={selected} entryPath={`/privacy/breaches/${selected}`} letters={letters} locale={locale} />}
    </Flex>
  );
};
