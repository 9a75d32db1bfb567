import { render } from 'preact';
import { App } from './App';
// Applied by the script rather than linked: a stylesheet is one more request the page's
// scripts wait for, and nothing is drawn before they run.
import css from './style.css?inline';

document.head.append(Object.assign(document.createElement('style'), { textContent: css }));
render(<App />, document.getElementById('app') as HTMLElement);
