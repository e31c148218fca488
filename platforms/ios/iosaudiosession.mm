// SPDX-License-Identifier: GPL-3.0-or-later
// iOS audio session for narration: category Playback (the silent switch does not mute it and
// it goes on when the screen locks), mode SpokenAudio, ducking other apps' audio. Qt
// Multimedia's audio sink sets the Ambient category each time it starts; the category change
// is announced as a route change (AVAudioSessionRouteChangeReasonCategoryChange), so after
// every sink start this puts Playback back.
#include "iosplatform.h"

#import <AVFoundation/AVFoundation.h>

namespace unknot {

namespace {

void applyPlayback()
{
    AVAudioSession *session = [AVAudioSession sharedInstance];
    if ([session.category isEqualToString:AVAudioSessionCategoryPlayback])
        return;
    NSError *error = nil;
    if (![session setCategory:AVAudioSessionCategoryPlayback
                         mode:AVAudioSessionModeSpokenAudio
                      options:AVAudioSessionCategoryOptionDuckOthers
                        error:&error])
        NSLog(@"unknot: audio session category not set: %@", error.localizedDescription);
}

} // namespace

void keepPlaybackAudioSession()
{
    applyPlayback();
    // The observer stays for the app's lifetime; the centre keeps the block.
    [[NSNotificationCenter defaultCenter]
        addObserverForName:AVAudioSessionRouteChangeNotification
                    object:nil
                     queue:[NSOperationQueue mainQueue]
                usingBlock:^(NSNotification *note) {
                  NSNumber *reason = note.userInfo[AVAudioSessionRouteChangeReasonKey];
                  if (reason.unsignedIntegerValue == AVAudioSessionRouteChangeReasonCategoryChange)
                      applyPlayback();
                }];
}

} // namespace unknot
