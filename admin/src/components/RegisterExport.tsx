// The download buttons of a register: CSV and XLSX, headers in the documents' language.
import { Button, Flex } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { errorMessage } from '../hooks/useAdminData';
import { getTranslation } from '../utils/getTranslation';

interface Props {
  /** `/privacy/rights-requests` or `/privacy/breaches`. */
  path: string;
  organization: string;
  locale: string;
}

export const RegisterExport = ({ path, organization, locale }: Props) => {
  const { formatMessage } = useIntl();
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  const download = async (format: 'csv' | 'xlsx') => {
    try {
      const response = await get(`${path}/export`, { params: { organization, locale, format }, responseType: 'blob' });
      const url = URL.createObjectURL(response.data as Blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `${path.split('/').pop()}-${organization}.${format}`;
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    }
  };
  return (
    <Flex gap={2}>
      <Button variant="tertiary" onClick={() => download('csv')}>
        {formatMessage({ id: getTranslation('registers.exportCsv'), defaultMessage: 'Export (CSV)' })}
      </Button>
      <Button variant="tertiary" onClick={() => download('xlsx')}>
        {formatMessage({ id: getTranslation('registers.exportXlsx'), defaultMessage: 'Export (XLSX)' })}
      </Button>
    </Flex>
  );
};
