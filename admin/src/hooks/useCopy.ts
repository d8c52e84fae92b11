// Copies a text to the clipboard and tells the editor it worked (or why not).
import { useIntl } from 'react-intl';
import { useNotification } from '@strapi/strapi/admin';
import { getTranslation } from '../utils/getTranslation';

export const useCopy = () => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  return async (text: string, what: string): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text);
      toggleNotification({
        type: 'success',
        message: formatMessage({ id: getTranslation('copy.done'), defaultMessage: 'Copied: {what}' }, { what }),
      });
    } catch {
      toggleNotification({
        type: 'danger',
        message: formatMessage({
          id: getTranslation('copy.failed'),
          defaultMessage: 'The browser refused to copy: select the text instead.',
        }),
      });
    }
  };
};
