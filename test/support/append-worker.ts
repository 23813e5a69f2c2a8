/**
 * Child process for the lost-update test: appends N articles to one channel, all at once.
 * argv: <sqlite-dir | redis-url> <channel> <count> <label>
 */
import { openKv } from '../../src/store/kv.js';
import { ChannelStore } from '../../src/store/channel.js';

const [target = '', channel = '', count = '0', label = 'w'] = process.argv.slice(2);
const kv = await openKv(target.startsWith('redis://') ? { redisUrl: target } : { dataDir: target });
const store = new ChannelStore(kv);
await Promise.all(
  Array.from({ length: Number(count) }, (_, i) =>
    store.recordArticle(channel, { articleId: `${label}-${i}`, sharedAt: Date.now(), source: 'paste' }),
  ),
);
await kv.close();
process.stdout.write('done\n');
