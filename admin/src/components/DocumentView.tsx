// Gives a generated document the reading styles the admin's CSS reset removes (headings, lists, tables).
import { Box } from '@strapi/design-system';
import { styled } from 'styled-components';

export const DocumentView = styled(Box)`
  color: ${({ theme }) => theme.colors.neutral800};
  font-size: 1.4rem;
  line-height: 1.6;
  h1 {
    font-size: 2.4rem;
    font-weight: 600;
    margin: 0 0 1.6rem;
  }
  h2 {
    font-size: 1.8rem;
    font-weight: 600;
    margin: 2.4rem 0 0.8rem;
  }
  h3 {
    font-size: 1.5rem;
    font-weight: 600;
    margin: 1.6rem 0 0.4rem;
  }
  p {
    margin: 0 0 0.8rem;
  }
  ul {
    list-style: disc;
    padding-left: 2.4rem;
    margin: 0 0 0.8rem;
  }
  li {
    margin: 0.2rem 0;
  }
  a {
    color: ${({ theme }) => theme.colors.primary600};
    text-decoration: underline;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin: 0.8rem 0;
  }
  th,
  td {
    border: 1px solid ${({ theme }) => theme.colors.neutral200};
    padding: 0.6rem 0.8rem;
    text-align: left;
    vertical-align: top;
  }
  th {
    background: ${({ theme }) => theme.colors.neutral100};
    font-weight: 600;
  }
`;
