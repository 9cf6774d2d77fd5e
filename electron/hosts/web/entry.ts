import { webHostEntry } from './main';

webHostEntry(process.argv.slice(2));
