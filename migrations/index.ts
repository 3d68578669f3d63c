import { Init1795626674383 } from './1795626674383-Init';

/** Every migration, in order. Listed by hand so that they load the same from source and from dist. */
export const migrations: Function[] = [Init1795626674383];
