import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/domains.ts';
import { call, type ApiCallError } from './client.ts';

/** Query keys start with the method name, so a mutation can invalidate a whole domain by prefix. */
export function useApiQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  options: Omit<UseQueryOptions<MethodOutput<M>, ApiCallError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<MethodOutput<M>, ApiCallError>({
    queryKey: [method, input],
    queryFn: () => call(method, input),
    ...options,
  });
}

/** A mutation that, on success, refreshes every query whose method starts with one of `invalidates`. */
export function useApiMutation<M extends MethodName>(method: M, invalidates: readonly string[] = []) {
  const client = useQueryClient();
  return useMutation<MethodOutput<M>, ApiCallError, MethodInput<M>>({
    mutationFn: (input) => call(method, input),
    onSuccess: async () => {
      await client.invalidateQueries({
        predicate: (query) => {
          const key = query.queryKey[0];
          return typeof key === 'string' && invalidates.some((prefix) => key.startsWith(prefix));
        },
      });
    },
  });
}
