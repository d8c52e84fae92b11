// Completeness tab: every missing or contradictory item, its article, and a link that opens the entry to fix.
import { Badge, Box, Flex, Link, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { useAdminData } from '../hooks/useAdminData';
import { getTranslation } from '../utils/getTranslation';
import { LoadError, Loading } from './State';

interface ReportItem {
  severity: 'error' | 'warning';
  code: string;
  article: string;
  entry: string;
  locale: string;
  message: string;
  editPath: string | null;
}

interface Report {
  summary: { errors: number; warnings: number };
  items: ReportItem[];
}

export const ReportTab = ({ organization, lang }: { organization: string; lang: string }) => {
  const { formatMessage } = useIntl();
  const report = useAdminData<Report>('/privacy/report', { organization, lang });
  if (report.isLoading) return <Loading />;
  if (report.error || !report.data) return <LoadError message={report.error ?? ''} onRetry={report.reload} />;
  const { summary, items } = report.data;
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex gap={3} data-testid="report-summary">
        <Badge backgroundColor={summary.errors ? 'danger100' : 'success100'} textColor={summary.errors ? 'danger700' : 'success700'}>
          {formatMessage(
            { id: getTranslation('report.errors'), defaultMessage: '{count, plural, one {# error} other {# errors}}' },
            { count: summary.errors }
          )}
        </Badge>
        <Badge backgroundColor={summary.warnings ? 'warning100' : 'success100'} textColor={summary.warnings ? 'warning700' : 'success700'}>
          {formatMessage(
            { id: getTranslation('report.warnings'), defaultMessage: '{count, plural, one {# warning} other {# warnings}}' },
            { count: summary.warnings }
          )}
        </Badge>
      </Flex>
      {items.length === 0 ? (
        <Box background="neutral0" padding={6} hasRadius shadow="tableShadow">
          <Typography>
            {formatMessage({
              id: getTranslation('report.complete'),
              defaultMessage: 'Nothing is missing: every item the GDPR asks for is filled in, in every locale.',
            })}
          </Typography>
        </Box>
      ) : (
        <Table colCount={6} rowCount={items.length + 1}>
          <Thead>
            <Tr>
              <Th>
                <Typography variant="sigma">
                  {formatMessage({ id: getTranslation('report.severity'), defaultMessage: 'Severity' })}
                </Typography>
              </Th>
              <Th>
                <Typography variant="sigma">
                  {formatMessage({ id: getTranslation('report.problem'), defaultMessage: 'Problem' })}
                </Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{formatMessage({ id: getTranslation('report.entry'), defaultMessage: 'Entry' })}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{formatMessage({ id: getTranslation('report.locale'), defaultMessage: 'Locale' })}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">
                  {formatMessage({ id: getTranslation('report.article'), defaultMessage: 'Article' })}
                </Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{formatMessage({ id: getTranslation('report.fix'), defaultMessage: 'Fix' })}</Typography>
              </Th>
            </Tr>
          </Thead>
          <Tbody>
            {items.map((item, index) => (
              <Tr key={`${item.code}-${item.entry}-${item.locale}-${index}`} data-testid="report-item">
                <Td>
                  <Badge
                    backgroundColor={item.severity === 'error' ? 'danger100' : 'warning100'}
                    textColor={item.severity === 'error' ? 'danger700' : 'warning700'}
                  >
                    {item.severity === 'error'
                      ? formatMessage({ id: getTranslation('report.error'), defaultMessage: 'Error' })
                      : formatMessage({ id: getTranslation('report.warning'), defaultMessage: 'Warning' })}
                  </Badge>
                </Td>
                <Td style={{ whiteSpace: 'normal' }}>
                  <Typography>{item.message}</Typography>
                </Td>
                <Td>
                  <Typography>{item.entry}</Typography>
                </Td>
                <Td>
                  <Typography>{item.locale}</Typography>
                </Td>
                <Td>
                  <Typography variant="pi">{item.article}</Typography>
                </Td>
                <Td>
                  {item.editPath && (
                    <Link tag={NavLink} to={item.editPath}>
                      {formatMessage({ id: getTranslation('report.open'), defaultMessage: 'Open' })}
                    </Link>
                  )}
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
    </Flex>
  );
};
