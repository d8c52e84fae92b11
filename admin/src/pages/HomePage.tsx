// The plugin's home: where the privacy facts are edited (links into the Content Manager).
import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { contentTypeNames } from '../contentManagerLabels';
import { getTranslation } from '../utils/getTranslation';

export const HomePage = () => {
  const { formatMessage, locale } = useIntl();
  const title = formatMessage({ id: getTranslation('page.title'), defaultMessage: 'Privacy (GDPR)' });
  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={formatMessage({
          id: getTranslation('page.subtitle'),
          defaultMessage: 'Privacy policy, cookie policy and consent copy generated from your entries.',
        })}
      />
      <Layouts.Content>
        <Box background="neutral0" padding={6} hasRadius shadow="tableShadow">
          <Typography tag="p">
            {formatMessage({
              id: getTranslation('page.entries'),
              defaultMessage:
                'Edit the organization, DPO, purposes, recipients, retention rules and cookies in the Content Manager.',
            })}
          </Typography>
          <Flex tag="ul" direction="column" alignItems="flex-start" gap={2} paddingTop={4}>
            {contentTypeNames(locale).map(({ uid, name }) => (
              <li key={uid}>
                <Link tag={NavLink} to={`/content-manager/collection-types/${uid}`}>
                  {name}
                </Link>
              </li>
            ))}
          </Flex>
        </Box>
      </Layouts.Content>
    </Page.Main>
  );
};
