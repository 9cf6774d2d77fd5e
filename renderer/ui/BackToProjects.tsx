import { hrefFor } from '../routing/useHashRoute';

export function BackToProjects() {
  return (
    <a className="back" href={hrefFor({ name: 'home' })}>
      ← Projects
    </a>
  );
}
