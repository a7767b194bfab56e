/** Renders a page template (templates/pages/NAME.ejs) with its view model. */
import path from 'node:path';
import ejs from 'ejs';
import { templatesDirectory } from './assets';

export function renderPage(name: string, data: object, directory = templatesDirectory()): Promise<string> {
  return ejs.renderFile(path.join(directory, 'pages', `${name}.ejs`), data as ejs.Data, {
    async: false,
    cache: true,
    // Templates see only the view model they are given.
    strict: false,
    rmWhitespace: false,
  });
}
