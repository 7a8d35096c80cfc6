/**
 * The pages of one's own account (issue 15, decision 103), one lazily loaded chunk: "My
 * account" (`/account`), the forgotten password (`/account/forgot`), the page of an e-mailed
 * link (`/account/link`) and "My work" (`/my-work`).
 */
import type { Route } from '../navigation';
import AccountLink from './account-link';
import ForgotPassword from './forgot-password';
import MyAccount from './my-account';
import MyWork from './my-work';

export default function AccountPages({ route }: { route: Route }) {
  return route.page === 'account' ? (
    <MyAccount />
  ) : route.page === 'account-forgot' ? (
    <ForgotPassword />
  ) : route.page === 'account-link' ? (
    <AccountLink />
  ) : (
    <MyWork />
  );
}
