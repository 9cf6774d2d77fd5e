import { AssetScreen } from './asset/AssetScreen';
import { AuditScreen } from './compliance/AuditScreen';
import { ConsentScreen } from './consent/ConsentScreen';
import { HomeScreen } from './home/HomeScreen';
import { TrashScreen } from './home/TrashScreen';
import { PostEditorScreen } from './post/PostEditorScreen';
import { ProjectScreen } from './project/ProjectScreen';
import { hrefFor, useHashRoute } from './routing/useHashRoute';
import { ToastProvider } from './ui/Toasts';

export function App() {
  const route = useHashRoute();
  return (
    <ToastProvider>
      <div className="app">
        <nav className="topbar">
          <a className="brand" href={hrefFor({ name: 'home' })}>
            <span className="brand-mark" aria-hidden="true">+</span> MedPost Studio
          </a>
          <span className="topbar-nav">
            <a className={route.name === 'consent' ? 'on' : undefined} href={hrefFor({ name: 'consent' })}>
              Consent registry
            </a>
            <a className={route.name === 'audit' ? 'on' : undefined} href={hrefFor({ name: 'audit' })}>
              Audit log
            </a>
            <span className="topbar-note">Everything stays on this computer.</span>
          </span>
        </nav>
        {route.name === 'home' && <HomeScreen />}
        {route.name === 'trash' && <TrashScreen />}
        {route.name === 'consent' && <ConsentScreen />}
        {route.name === 'audit' && <AuditScreen />}
        {route.name === 'project' && <ProjectScreen key={route.id} id={route.id} />}
        {route.name === 'asset' && <AssetScreen key={route.id} id={route.id} />}
        {route.name === 'post' && <PostEditorScreen key={route.id} id={route.id} />}
      </div>
    </ToastProvider>
  );
}
