import { runPost } from './action/post.js';

void runPost();
