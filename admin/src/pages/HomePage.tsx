// The plugin page: organization and locale at the top, then preview, completeness, consent copy, versions, services (vendor presets), and the requests and breaches registers.
import { useCallback } from 'react';
import { Box, EmptyStateLayout, Flex, LinkButton, SingleSelect, SingleSelectOption, Tabs } from '@strapi/design-system';
import { Layouts, Page, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { NavLink, useSearchParams } from 'react-router-dom';
import { BreachesTab } from '../components/BreachesTab';
import { ConsentTab } from '../components/ConsentTab';
import { PresetsTab } from '../components/PresetsTab';
import { PreviewTab } from '../components/PreviewTab';
import { ReportTab } from '../components/ReportTab';
import { RequestsTab } from '../components/RequestsTab';
import { LoadError, Loading } from '../components/State';
import { VersionsTab } from '../components/VersionsTab';
import { useAdminData } from '../hooks/useAdminData';
import { languageName, pickLanguage, useMeta } from '../hooks/useMeta';
import { BREACH_PERMISSIONS, PERMISSIONS, REQUEST_PERMISSIONS } from '../permissions';
import { getTranslation } from '../utils/getTranslation';

interface Organization {
  slug: string;
  name: string;
  locales: string[];
}

export const HomePage = () => {
  const { formatMessage, locale: adminLocale } = useIntl();
  const label = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  const organizations = useAdminData<Organization[]>('/privacy/organizations');
  const meta = useMeta();
  const contentLocales = meta.data?.locales ?? [];
  // The choices live in the URL, so they survive a visit to the Content Manager and the back button.
  const [searchParams, setSearchParams] = useSearchParams();
  const choose = useCallback(
    (name: 'organization' | 'locale', value: string) =>
      setSearchParams((previous) => {
        const next = new URLSearchParams(previous);
        next.set(name, value);
        return next;
      }),
    [setSearchParams]
  );
  const requested = searchParams.get('organization');
  const organization = organizations.data?.find((org) => org.slug === requested)?.slug ?? organizations.data?.[0]?.slug ?? null;
  const requestedLocale = searchParams.get('locale');
  const locale = requestedLocale && contentLocales.includes(requestedLocale) ? requestedLocale : pickLanguage(adminLocale, contentLocales);
  const setOrganization = (value: string) => choose('organization', value);
  const setLocale = (value: string) => choose('locale', value);
  const { allowedActions } = useRBAC(PERMISSIONS);
  const requestActions = useRBAC(REQUEST_PERMISSIONS).allowedActions;
  const breachActions = useRBAC(BREACH_PERMISSIONS).allowedActions;

  const title = label('page.title', 'Privacy (GDPR)');
  const uiLang = pickLanguage(adminLocale, meta.data?.languages ?? []);

  const content = () => {
    if (organizations.isLoading || meta.isLoading) return <Loading />;
    if (organizations.error) return <LoadError message={organizations.error} onRetry={organizations.reload} />;
    if (meta.error || !meta.data) return <LoadError message={meta.error ?? ''} onRetry={meta.reload} />;
    if (!organizations.data?.length || !organization) {
      return (
        <EmptyStateLayout
          content={label(
            'empty.noOrganization',
            'No organization yet: create the data controller in the Content Manager, then come back here.'
          )}
          action={
            <LinkButton tag={NavLink} to="/content-manager/collection-types/plugin::privacy.organization/create" variant="secondary">
              {label('empty.create', 'Create an organization')}
            </LinkButton>
          }
        />
      );
    }
    return (
      <Tabs.Root defaultValue="preview">
        <Tabs.List aria-label={title}>
          <Tabs.Trigger value="preview">{label('tabs.preview', 'Preview')}</Tabs.Trigger>
          <Tabs.Trigger value="report">{label('tabs.report', 'Completeness')}</Tabs.Trigger>
          <Tabs.Trigger value="consent">{label('tabs.consent', 'Consent copy')}</Tabs.Trigger>
          <Tabs.Trigger value="versions">{label('tabs.versions', 'Versions')}</Tabs.Trigger>
          <Tabs.Trigger value="presets">{label('tabs.presets', 'Services')}</Tabs.Trigger>
          {requestActions.canRead && <Tabs.Trigger value="requests">{label('tabs.requests', 'Requests')}</Tabs.Trigger>}
          {breachActions.canRead && <Tabs.Trigger value="breaches">{label('tabs.breaches', 'Breaches')}</Tabs.Trigger>}
        </Tabs.List>
        <Box paddingTop={4}>
          <Tabs.Content value="preview">
            <PreviewTab organization={organization} locale={locale} kinds={meta.data.kinds} />
          </Tabs.Content>
          <Tabs.Content value="report">
            <ReportTab organization={organization} lang={uiLang} />
          </Tabs.Content>
          <Tabs.Content value="consent">
            <ConsentTab organization={organization} locale={locale} emailTools={meta.data.emailTools} />
          </Tabs.Content>
          <Tabs.Content value="versions">
            <VersionsTab
              organization={organization}
              locale={locale}
              kinds={meta.data.kinds}
              canPublish={allowedActions.canPublish ?? false}
              canRegister={allowedActions.canRegister ?? false}
            />
          </Tabs.Content>
          <Tabs.Content value="presets">
            <PresetsTab
              organization={organization}
              organizationLocales={organizations.data.find((org) => org.slug === organization)?.locales ?? []}
              lang={uiLang}
              canApply={allowedActions.canPresets ?? false}
            />
          </Tabs.Content>
          {requestActions.canRead && (
            <Tabs.Content value="requests">
              <RequestsTab
                organization={organization}
                locale={locale}
                letters={meta.data.letters.requests}
                canManage={requestActions.canManage ?? false}
              />
            </Tabs.Content>
          )}
          {breachActions.canRead && (
            <Tabs.Content value="breaches">
              <BreachesTab organization={organization} locale={locale} letters={meta.data.letters.breaches} />
            </Tabs.Content>
          )}
        </Box>
      </Tabs.Root>
    );
  };

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={label('page.subtitle', 'Privacy policy, cookie policy and consent copy generated from your entries.')}
        primaryAction={
          organizations.data?.length ? (
            <Flex gap={2}>
              <Box minWidth="220px">
                <SingleSelect
                  aria-label={label('picker.organization', 'Organization')}
                  value={organization ?? undefined}
                  onChange={(value: string | number) => setOrganization(String(value))}
                  data-testid="organization-picker"
                >
                  {organizations.data.map((org) => (
                    <SingleSelectOption key={org.slug} value={org.slug}>
                      {org.name}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Box>
              <Box minWidth="140px">
                <SingleSelect
                  aria-label={label('picker.locale', 'Language of the documents')}
                  value={locale}
                  onChange={(value: string | number) => setLocale(String(value))}
                  data-testid="locale-picker"
                >
                  {contentLocales.map((code) => (
                    <SingleSelectOption key={code} value={code}>
                      {languageName(code)}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Box>
            </Flex>
          ) : undefined
        }
      />
      <Layouts.Content>{content()}</Layouts.Content>
    </Page.Main>
  );
};
