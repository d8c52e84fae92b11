// Loading and error states shared by the tabs.
import { Alert, Flex, Loader } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/getTranslation';

export const Loading = () => {
  const { formatMessage } = useIntl();
  return (
    <Flex justifyContent="center" padding={8}>
      <Loader>{formatMessage({ id: getTranslation('state.loading'), defaultMessage: 'Loading…' })}</Loader>
    </Flex>
  );
};

export const LoadError = ({ message, onRetry }: { message: string; onRetry?: () => void }) => {
  const { formatMessage } = useIntl();
  return (
    <Alert
      variant="danger"
      closeLabel={formatMessage({ id: getTranslation('state.close'), defaultMessage: 'Close' })}
      title={formatMessage({ id: getTranslation('state.error'), defaultMessage: 'This could not be loaded' })}
      onClose={onRetry}
    >
      {message}
    </Alert>
  );
};
