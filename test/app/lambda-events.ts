// API Gateway and Lambda function URL request events, written for this project from the shapes
// AWS documents (payload format 1.0 for REST APIs, 2.0 for HTTP APIs and function URLs): every
// field a handler may read, with placeholder ids.
const now = new Date('2026-01-01T00:00:00Z')

/** Payload format 1.0 (API Gateway REST API, proxy integration). */
export function restApiBase(): Record<string, unknown> {
  return {
    resource: '/{proxy+}',
    path: '/',
    httpMethod: 'POST',
    headers: {
      Accept: '*/*',
      Host: 'abcdefghij.execute-api.eu-west-1.amazonaws.com',
      'X-Forwarded-For': '192.0.2.10',
      'X-Forwarded-Port': '443',
      'X-Forwarded-Proto': 'https',
    },
    multiValueHeaders: {},
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    pathParameters: { proxy: 'api/github/webhooks' },
    stageVariables: null,
    requestContext: {
      accountId: '123456789012',
      apiId: 'abcdefghij',
      resourceId: 'a1b2c3',
      resourcePath: '/{proxy+}',
      httpMethod: 'POST',
      path: '/prod/api/github/webhooks',
      protocol: 'HTTP/1.1',
      stage: 'prod',
      requestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
      requestTime: '01/Jan/2026:00:00:00 +0000',
      requestTimeEpoch: now.getTime(),
      identity: {
        sourceIp: '192.0.2.10',
        userAgent: 'GitHub-Hookshot/044aadd',
        accessKey: null,
        accountId: null,
        caller: null,
        user: null,
        userArn: null,
        cognitoIdentityId: null,
        cognitoIdentityPoolId: null,
        cognitoAuthenticationType: null,
        cognitoAuthenticationProvider: null,
      },
      domainName: 'abcdefghij.execute-api.eu-west-1.amazonaws.com',
      domainPrefix: 'abcdefghij',
    },
    body: null,
    isBase64Encoded: false,
  }
}

/** Payload format 2.0: an HTTP API (`routeKey` a route) or a function URL (`$default`, its own domain). */
export function httpApiBase(kind: 'http-api' | 'function-url'): Record<string, unknown> {
  const domain =
    kind === 'function-url'
      ? 'abcdefghijklmnopqrstuvwxyz012345.lambda-url.eu-west-1.on.aws'
      : 'abcdefghij.execute-api.eu-west-1.amazonaws.com'
  const routeKey = kind === 'function-url' ? '$default' : 'POST /api/github/webhooks'
  return {
    version: '2.0',
    routeKey,
    rawPath: '/',
    rawQueryString: '',
    headers: {
      accept: '*/*',
      host: domain,
      'x-forwarded-for': '192.0.2.10',
      'x-forwarded-port': '443',
      'x-forwarded-proto': 'https',
    },
    requestContext: {
      accountId: kind === 'function-url' ? 'anonymous' : '123456789012',
      apiId: kind === 'function-url' ? 'abcdefghijklmnopqrstuvwxyz012345' : 'abcdefghij',
      domainName: domain,
      domainPrefix: domain.split('.')[0],
      http: { method: 'POST', path: '/', protocol: 'HTTP/1.1', sourceIp: '192.0.2.10', userAgent: 'GitHub-Hookshot/044aadd' },
      requestId: 'd7b2f0e1-1111-4222-8333-944455556666',
      routeKey,
      stage: '$default',
      time: '01/Jan/2026:00:00:00 +0000',
      timeEpoch: now.getTime(),
    },
    isBase64Encoded: false,
  }
}
