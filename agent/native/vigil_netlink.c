// Netlink sockets for the agent's kernel sensors (audit, process connector, sock_diag). Node has no
// AF_NETLINK sockets, and the npm binding we tried aborts the process when a socket overflows under load
// (a POLLERR it cannot handle). This addon is deliberately small: it opens a socket, sends datagrams, and
// drains received datagrams in batches into one Buffer per callback, counting overflows (ENOBUFS) instead
// of failing. All protocol parsing happens in TypeScript.
//
// JS API (see agent/src/sensors/kernel/netlink.ts):
//   const s = new NetlinkSocket(protocol, groupsMask, rcvbufBytes, onData)
//   onData(chunk: Buffer, count: number, overflows: number)  // chunk = count x (u32 LE length + datagram)
//   s.send(buf) -> 0 or errno;  s.port() -> nl_pid;  s.join(group);  s.rcvbuf() -> bytes;  s.close()
#define NAPI_VERSION 8
#include <node_api.h>
#include <uv.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <linux/netlink.h>

#ifndef SOL_NETLINK
#define SOL_NETLINK 270
#endif

#define MAX_DATAGRAM (64 * 1024)
#define BATCH_BYTES (256 * 1024)
#define MAX_BATCHES_PER_WAKE 8

typedef struct {
  int fd;
  int closed;
  /* The struct is freed once both the libuv handle has closed and the JS object was finalized. */
  int handle_closed;
  int finalized;
  uv_poll_t poll;
  napi_env env;
  napi_ref callback;
  napi_ref self;
  napi_async_context async;
  char *batch;
  size_t used;
  uint32_t count;
  uint32_t overflows;
  char datagram[MAX_DATAGRAM];
} nl_socket;

static napi_value throw_errno(napi_env env, const char *what, int err) {
  char msg[160];
  snprintf(msg, sizeof msg, "%s: %s", what, strerror(err));
  char code[32];
  snprintf(code, sizeof code, "E%d", err);
  napi_throw_error(env, code, msg);
  return NULL;
}

static void deliver(nl_socket *s) {
  if (s->count == 0 && s->overflows == 0) return;
  napi_env env = s->env;
  napi_handle_scope scope;
  napi_open_handle_scope(env, &scope);
  napi_value buf, count, overflows, cb, recv, result;
  void *data;
  napi_create_buffer_copy(env, s->used, s->batch, &data, &buf);
  napi_create_uint32(env, s->count, &count);
  napi_create_uint32(env, s->overflows, &overflows);
  s->used = 0;
  s->count = 0;
  s->overflows = 0;
  napi_get_reference_value(env, s->callback, &cb);
  napi_get_reference_value(env, s->self, &recv);
  napi_value argv[3] = {buf, count, overflows};
  napi_status st = napi_make_callback(env, s->async, recv, cb, 3, argv, &result);
  if (st == napi_pending_exception) {
    napi_value err;
    napi_get_and_clear_last_exception(env, &err);
    napi_fatal_exception(env, err);
  }
  napi_close_handle_scope(env, scope);
}

static void on_poll(uv_poll_t *handle, int status, int events) {
  nl_socket *s = (nl_socket *)handle->data;
  (void)events;
  if (s->closed) return;
  if (status < 0) {
    // libuv stops the handle on POLLERR; for netlink that is a receive overflow (sk_err = ENOBUFS).
    int err = 0;
    socklen_t len = sizeof err;
    getsockopt(s->fd, SOL_SOCKET, SO_ERROR, &err, &len);
    s->overflows++;
    uv_poll_start(&s->poll, UV_READABLE, on_poll);
  }
  for (int batches = 0; batches < MAX_BATCHES_PER_WAKE && !s->closed; batches++) {
    int drained = 0;
    while (s->used + MAX_DATAGRAM + 4 <= BATCH_BYTES) {
      ssize_t n = recv(s->fd, s->datagram, MAX_DATAGRAM, MSG_DONTWAIT);
      if (n < 0) {
        if (errno == EINTR) continue;
        if (errno == ENOBUFS) {
          s->overflows++;
          continue;
        }
        drained = 1;
        break;
      }
      uint32_t len = (uint32_t)n;
      memcpy(s->batch + s->used, &len, 4);
      memcpy(s->batch + s->used + 4, s->datagram, (size_t)n);
      s->used += 4 + ((size_t)n + 3) / 4 * 4;
      s->count++;
    }
    deliver(s);
    if (drained) break;
  }
}

static void release(nl_socket *s) {
  if (!s->handle_closed || !s->finalized) return;
  free(s->batch);
  free(s);
}

static void on_handle_closed(uv_handle_t *handle) {
  nl_socket *s = (nl_socket *)handle->data;
  s->handle_closed = 1;
  release(s);
}

static void do_close(nl_socket *s) {
  if (s->closed) return;
  s->closed = 1;
  uv_poll_stop(&s->poll);
  close(s->fd);
  napi_delete_reference(s->env, s->callback);
  napi_async_destroy(s->env, s->async);
  uv_close((uv_handle_t *)&s->poll, on_handle_closed);
}

static void finalize(napi_env env, void *data, void *hint) {
  (void)env;
  (void)hint;
  nl_socket *s = (nl_socket *)data;
  s->finalized = 1;
  if (!s->closed) do_close(s);
  else release(s);
}

static nl_socket *unwrap(napi_env env, napi_callback_info info, size_t *argc, napi_value *argv) {
  napi_value self;
  napi_get_cb_info(env, info, argc, argv, &self, NULL);
  nl_socket *s = NULL;
  napi_unwrap(env, self, (void **)&s);
  if (!s || s->closed) {
    napi_throw_error(env, "ECLOSED", "netlink socket is closed");
    return NULL;
  }
  return s;
}

static napi_value construct(napi_env env, napi_callback_info info) {
  size_t argc = 4;
  napi_value argv[4], self;
  napi_get_cb_info(env, info, &argc, argv, &self, NULL);
  if (argc < 4) {
    napi_throw_type_error(env, NULL, "NetlinkSocket(protocol, groups, rcvbuf, onData)");
    return NULL;
  }
  uint32_t protocol, groups, rcvbuf;
  napi_get_value_uint32(env, argv[0], &protocol);
  napi_get_value_uint32(env, argv[1], &groups);
  napi_get_value_uint32(env, argv[2], &rcvbuf);
  int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC | SOCK_NONBLOCK, (int)protocol);
  if (fd < 0) return throw_errno(env, "socket", errno);
  if (rcvbuf > 0) {
    int size = (int)rcvbuf;
    // SO_RCVBUFFORCE (root) may exceed net.core.rmem_max; plain SO_RCVBUF is the fallback.
    if (setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &size, sizeof size) != 0) setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
  }
  struct sockaddr_nl addr;
  memset(&addr, 0, sizeof addr);
  addr.nl_family = AF_NETLINK;
  addr.nl_groups = groups;
  if (bind(fd, (struct sockaddr *)&addr, sizeof addr) != 0) {
    int err = errno;
    close(fd);
    return throw_errno(env, "bind", err);
  }
  nl_socket *s = calloc(1, sizeof(nl_socket));
  s->batch = malloc(BATCH_BYTES);
  if (!s || !s->batch) {
    close(fd);
    free(s ? s->batch : NULL);
    free(s);
    return throw_errno(env, "malloc", ENOMEM);
  }
  s->fd = fd;
  s->env = env;
  uv_loop_t *loop;
  napi_get_uv_event_loop(env, &loop);
  uv_poll_init(loop, &s->poll, fd);
  s->poll.data = s;
  napi_create_reference(env, argv[3], 1, &s->callback);
  napi_value name;
  napi_create_string_utf8(env, "VigilNetlink", NAPI_AUTO_LENGTH, &name);
  napi_async_init(env, NULL, name, &s->async);
  napi_wrap(env, self, s, finalize, NULL, &s->self);
  uv_poll_start(&s->poll, UV_READABLE, on_poll);
  return self;
}

static napi_value js_send(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  nl_socket *s = unwrap(env, info, &argc, argv);
  if (!s) return NULL;
  void *data;
  size_t len;
  if (napi_get_buffer_info(env, argv[0], &data, &len) != napi_ok) {
    napi_throw_type_error(env, NULL, "send(buffer)");
    return NULL;
  }
  struct sockaddr_nl to;
  memset(&to, 0, sizeof to);
  to.nl_family = AF_NETLINK;
  ssize_t n;
  do n = sendto(s->fd, data, len, 0, (struct sockaddr *)&to, sizeof to);
  while (n < 0 && errno == EINTR);
  napi_value result;
  napi_create_int32(env, n < 0 ? errno : 0, &result);
  return result;
}

static napi_value js_port(napi_env env, napi_callback_info info) {
  size_t argc = 0;
  nl_socket *s = unwrap(env, info, &argc, NULL);
  if (!s) return NULL;
  struct sockaddr_nl addr;
  socklen_t len = sizeof addr;
  memset(&addr, 0, sizeof addr);
  getsockname(s->fd, (struct sockaddr *)&addr, &len);
  napi_value result;
  napi_create_uint32(env, addr.nl_pid, &result);
  return result;
}

static napi_value js_join(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  nl_socket *s = unwrap(env, info, &argc, argv);
  if (!s) return NULL;
  uint32_t group;
  napi_get_value_uint32(env, argv[0], &group);
  int g = (int)group;
  if (setsockopt(s->fd, SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, &g, sizeof g) != 0) return throw_errno(env, "join", errno);
  return NULL;
}

static napi_value js_rcvbuf(napi_env env, napi_callback_info info) {
  size_t argc = 0;
  nl_socket *s = unwrap(env, info, &argc, NULL);
  if (!s) return NULL;
  int size = 0;
  socklen_t len = sizeof size;
  getsockopt(s->fd, SOL_SOCKET, SO_RCVBUF, &size, &len);
  napi_value result;
  napi_create_uint32(env, (uint32_t)size, &result);
  return result;
}

static napi_value js_close(napi_env env, napi_callback_info info) {
  size_t argc = 0;
  napi_value self;
  napi_get_cb_info(env, info, &argc, NULL, &self, NULL);
  nl_socket *s = NULL;
  napi_unwrap(env, self, (void **)&s);
  if (s && !s->closed) do_close(s);
  return NULL;
}

static napi_value js_unref(napi_env env, napi_callback_info info) {
  size_t argc = 0;
  nl_socket *s = unwrap(env, info, &argc, NULL);
  if (!s) return NULL;
  uv_unref((uv_handle_t *)&s->poll);
  return NULL;
}

static napi_value init(napi_env env, napi_value exports) {
  napi_property_descriptor methods[] = {
      {"send", NULL, js_send, NULL, NULL, NULL, napi_default, NULL},
      {"port", NULL, js_port, NULL, NULL, NULL, napi_default, NULL},
      {"join", NULL, js_join, NULL, NULL, NULL, napi_default, NULL},
      {"rcvbuf", NULL, js_rcvbuf, NULL, NULL, NULL, napi_default, NULL},
      {"close", NULL, js_close, NULL, NULL, NULL, napi_default, NULL},
      {"unref", NULL, js_unref, NULL, NULL, NULL, napi_default, NULL},
  };
  napi_value cls;
  napi_define_class(env, "NetlinkSocket", NAPI_AUTO_LENGTH, construct, NULL, sizeof methods / sizeof methods[0], methods, &cls);
  napi_set_named_property(env, exports, "NetlinkSocket", cls);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
