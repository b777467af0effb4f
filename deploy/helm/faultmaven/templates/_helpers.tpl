{{/* Templates use a small subset of Helm (values, include, toYaml, quote, default, nindent, if/not, range over maps) so that the */}}
{{/* tests can render them without the helm binary: tests/FaultMaven.Server.Tests/Deploy/HelmChartTests.cs. */}}

{{/* Every object's name: the release name, unless fullnameOverride is set. */}}
{{- define "faultmaven.fullname" -}}
{{ .Values.fullnameOverride | default .Release.Name }}
{{- end }}

{{- define "faultmaven.selectorLabels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "faultmaven.labels" -}}
{{ include "faultmaven.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version }}
{{- end }}
