import { admits } from '../../shared/contract/method.ts';
import { api, type MethodName } from '../../shared/domains.ts';
import { useSession } from './SessionContext.tsx';

/**
 * Whether the signed-in person may call `method`, as the contract says (the dispatcher enforces
 * the same rule). Pages show a button only when its method would be admitted.
 */
export function useCan(method: MethodName): boolean {
  const role = useSession().user?.role;
  return role !== undefined && admits(api[method].roles, role);
}
