import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './styles.css';
import { AppHeader } from './components/app-header';
import { ClusterList } from './routes/cluster-list';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppHeader />
    <ClusterList />
  </StrictMode>,
);
