#!/usr/bin/perl
# Times Sisimai (Debian's libsisimai-perl) on every .eml file of a folder, one
# pass at a time when asked: after one warm-up pass it prints a JSON line
# {"ready":…}; then each line "round" on standard input runs one timed pass and
# prints {"seconds":…} (CPU seconds, user + system). End of input ends it.
# src/bench/bounce-bench.ts alternates these passes with Mail Doctor's, so the
# two readers are timed under the same load of a shared machine; module
# loading is not timed.
use strict;
use warnings;
use Sisimai;

$| = 1;
my ($dir) = @ARGV;
opendir(my $dh, $dir) or die "cannot open $dir: $!\n";
my @files = map { "$dir/$_" } sort grep { /\.eml\z/ } readdir($dh);
closedir($dh);

my $recipients = 0;
for my $file (@files) {
    my $v = Sisimai->make($file, 'delivered' => 1, 'vacation' => 1) || [];
    $recipients += scalar @$v;
}
printf "{\"ready\":true,\"messages\":%d,\"recipients\":%d,\"version\":\"%s\"}\n", scalar(@files), $recipients, $Sisimai::VERSION;

while (my $line = <STDIN>) {
    next unless $line =~ /^round/;
    my @r0 = times;
    for my $file (@files) { Sisimai->make($file, 'delivered' => 1, 'vacation' => 1); }
    my @r1 = times;
    printf "{\"seconds\":%.4f}\n", ($r1[0] - $r0[0]) + ($r1[1] - $r0[1]);
}
