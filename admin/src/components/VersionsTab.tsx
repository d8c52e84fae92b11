// Versions tab: the published history, publishing a version with a note, and the Art. 30 register download.
import { useState } from 'react';
import { Badge, Box, Button, Field, Flex, Table, Tbody, Td, Textarea, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { errorMessage, useAdminData } from '../hooks/useAdminData';
import { getTranslation } from '../utils/getTranslation';
import { LoadError, Loading } from './State';

interface Version {
  kind: string;
  locale: string;
  version: number;
  effectiveAt: string;
  materialChange: boolean;
  note: string | null;
  changeSummary: Record<'purposes' | 'cookies', { added: string[]; removed: string[]; changed: string[] }> & { materialReasons: string[] };
}

interface Props {
  organization: string;
  /** The documents' locale chosen on the page: the history shown is that locale's. */
  locale: string;
  /** The document kinds (GET /privacy/meta), to show each version's document by its label rather than its key. */
  kinds: Array<{ kind: string; name: string }>;
  canPublish: boolean;
  canRegister: boolean;
}

/** What changed, by name: purposes for the privacy policy, cookies for the cookie policy. */
const changes = (v: Version): string => {
  const list = v.changeSummary[v.kind === 'cookie-policy' ? 'cookies' : 'purposes'];
  return [...list.added.map((n) => `+ ${n}`), ...list.removed.map((n) => `− ${n}`), ...list.changed.map((n) => `~ ${n}`)].join(', ');
};

export const VersionsTab = ({ organization, locale, kinds, canPublish, canRegister }: Props) => {
  const { formatMessage, formatDate } = useIntl();
  const { post, get } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const versions = useAdminData<Version[]>('/privacy/versions', { organization, locale });
  const label = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);

  const documentLabel = (kind: string): string => {
    const name = kinds.find((k) => k.kind === kind)?.name;
    return name ? label(`preview.${name}`, kind) : kind;
  };

  const publish = async () => {
    setBusy(true);
    try {
      const response = await post<{ data: { created: unknown[] } }>('/privacy/versions', { organization, note: note || null });
      const count = response.data.data.created.length;
      toggleNotification({
        type: count ? 'success' : 'info',
        message: count
          ? label('versions.published', '{count, plural, one {# version} other {# versions}} recorded', { count })
          : label('versions.unchanged', 'Nothing changed since the last version: no version recorded'),
      });
      setNote('');
      versions.reload();
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  const downloadRegister = async (format: 'csv' | 'xlsx') => {
    try {
      const response = await get('/privacy/register', { params: { organization, locale, format }, responseType: 'blob' });
      const url = URL.createObjectURL(response.data);
      const link = document.createElement('a');
      link.href = url;
      link.download = `register-${organization}-${locale}.${format}`;
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {(canPublish || canRegister) && (
        <Box background="neutral0" padding={6} hasRadius shadow="tableShadow">
          <Flex direction="column" alignItems="stretch" gap={3}>
            {canPublish && (
              <>
                <Field.Root name="note" hint={label('versions.noteHint', 'Optional: why this version, shown in the public history.')}>
                  <Field.Label>{label('versions.note', 'Note')}</Field.Label>
                  <Textarea value={note} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setNote(event.target.value)} />
                  <Field.Hint />
                </Field.Root>
                <Box>
                  <Button onClick={publish} loading={busy}>
                    {label('versions.publish', 'Publish a version now')}
                  </Button>
                </Box>
              </>
            )}
            {canRegister && (
              <Flex gap={2} wrap="wrap">
                <Button variant="secondary" onClick={() => downloadRegister('csv')}>
                  {label('versions.register', 'Download the record of processing activities (CSV)')}
                </Button>
                <Button variant="secondary" onClick={() => downloadRegister('xlsx')}>
                  {label('versions.registerXlsx', 'Download the record of processing activities (XLSX, CNIL layout)')}
                </Button>
              </Flex>
            )}
          </Flex>
        </Box>
      )}
      {versions.isLoading && <Loading />}
      {versions.error && <LoadError message={versions.error} onRetry={versions.reload} />}
      {versions.data &&
        !versions.isLoading &&
        (versions.data.length === 0 ? (
          <Typography>{label('versions.none', 'No version yet: versions are recorded when entries are published.')}</Typography>
        ) : (
          <Table colCount={5} rowCount={versions.data.length + 1}>
            <Thead>
              <Tr>
                <Th>
                  <Typography variant="sigma">{label('versions.document', 'Document')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{label('versions.number', 'Version')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{label('versions.date', 'Effective')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{label('versions.change', 'What changed')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{label('versions.noteColumn', 'Note')}</Typography>
                </Th>
              </Tr>
            </Thead>
            <Tbody>
              {versions.data.map((v) => (
                <Tr key={`${v.kind}-${v.locale}-${v.version}`} data-testid="version-row">
                  <Td>
                    <Typography>{documentLabel(v.kind)}</Typography>
                  </Td>
                  <Td>
                    <Typography>{v.version}</Typography>
                  </Td>
                  <Td>
                    <Typography>{formatDate(v.effectiveAt, { dateStyle: 'medium', timeStyle: 'short' })}</Typography>
                  </Td>
                  <Td style={{ whiteSpace: 'normal' }}>
                    <Flex gap={2} wrap="wrap">
                      {v.materialChange && (
                        <Badge backgroundColor="warning100" textColor="warning700">
                          {label('versions.material', 'Material change')}
                        </Badge>
                      )}
                      <Typography variant="pi">{changes(v)}</Typography>
                    </Flex>
                  </Td>
                  <Td>
                    <Typography variant="pi">{v.note ?? ''}</Typography>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        ))}
    </Flex>
  );
};
